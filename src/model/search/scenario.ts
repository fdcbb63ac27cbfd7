// Turning a layout into a scenario the explorer can load, and finding where to open it.
// The corruption must be visible, not just counted: a priming READ first fills every grant the
// layout's READ will take with other disk sectors (as scenarios/raid-stripe.json does), on a
// "pattern" disk whose every 16-byte record names its sector, so a misdirected copy shows the
// wrong LBA in the hex view.
import type { KernelConfig } from '../config';
import type { ScenarioInput } from '../scenario/schema';
import type { Simulation } from '../simulate';
import { formatBvecs } from '../stages/bvec';
import { countSgEntries } from '../stages/mapSg';
import type { VersionId } from '../versions';
import { patternInfo } from './patterns';
import { framesFor, type SearchSpace } from './space';
import type { Counterexample } from './types';

/** Disk of every generated scenario: big enough for the priming read and the layout's READ. */
export const SCENARIO_DISK_SECTORS = 8192;
/** Where the layout's READ (or the O_DIRECT read of a phase-map cell) starts on disk. */
export const TARGET_SECTOR = 4096;
/** Most sectors a priming read may take (it starts at sector 0, below TARGET_SECTOR). */
const MAX_PRIMING_SECTORS = 2048;

/**
 * A priming READ of `segments` whole pages, each its own segment (pages two apart never merge),
 * on pages from `firstPage` up. Its grants go back to the pool and are handed out again, LIFO,
 * to the next request, so each of them holds a full page of sectors 0.. when the next READ runs.
 * Capped by max_segments, max_hw_sectors and the disk; at least one page.
 */
export function primingRead(
  segments: number,
  firstPage: number,
  kernel: KernelConfig,
): ScenarioInput['ops'][number] {
  const sectorsPerPage = kernel.pageSize / 512;
  const byLimits = Math.floor(Math.min(kernel.maxHwSectors, MAX_PRIMING_SECTORS) / sectorsPerPage);
  const count = Math.max(1, Math.min(segments, kernel.maxSegments, byLimits));
  return {
    op: 'read',
    sector: 0,
    bvecs: Array.from({ length: count }, (_, i) => ({
      page: firstPage + 2 * i,
      offset: 0,
      length: kernel.pageSize,
    })),
    label: `priming read: fills ${count} grant page${count === 1 ? '' : 's'} with sectors 0-${count * sectorsPerPage - 1}`,
  };
}

/** The kernel block written out in full, so a loaded scenario shows every what-if. */
export const kernelInput = (k: KernelConfig): NonNullable<ScenarioInput['kernel']> => ({
  pageSize: k.pageSize,
  sectorSize: k.sectorSize as 512 | 1024 | 2048 | 4096,
  maxSegments: k.maxSegments,
  maxSegmentSize: k.maxSegmentSize,
  segmentBoundaryMask: k.segmentBoundaryMask,
  clustering: k.clustering,
  maxHwSectors: k.maxHwSectors,
});

/** "(P0,3584,512) (P1,0,512)" (the one formatter, in stages/bvec.ts). */
export { formatBvecs };

/**
 * A loadable scenario for a counterexample: a priming READ of as many whole pages as the layout
 * has scatterlist entries (exactly that many, so the grants_used[] slots past nr_segments stay
 * unset, as the search assumed), then the layout's READ, with the space's kernel and frames.
 */
export function counterexampleScenario(example: Counterexample, space: SearchSpace): ScenarioInput {
  const pagesUsed = Math.max(...example.bvecs.map((b) => b.page)) + 1;
  const segments = countSgEntries(example.bvecs, space.kernel, (p) =>
    framesFor(space.contiguity, p),
  );
  const pages: Record<string, { pfn: number; mfn: number }> = {};
  for (let p = 0; p < pagesUsed; p++) pages[String(p)] = { ...framesFor(space.contiguity, p) };
  const info = patternInfo(example.pattern);
  const what = [
    example.misdirectedBytes > 0
      ? `misdirects ${example.misdirectedBytes} bytes (bio_vecs ${example.wrongBvecs.join(', ')})`
      : null,
    example.bug ? `hits ${example.bug}` : null,
  ]
    .filter((x) => x !== null)
    .join(' and ');
  return {
    version: 1,
    title: `Counterexample for ${example.version}: ${formatBvecs(example.bvecs)}`,
    description: `Found by the counterexample search (${space.pages} pages, up to ${space.maxBvecs} bio_vecs, ${space.granularity}-byte granularity, contiguity "${space.contiguity}"). Under ${example.version} this READ ${what}. Pattern: ${info.title}. ${info.description}`,
    kernel: kernelInput(space.kernel),
    memory: { pages },
    disk: { sectors: SCENARIO_DISK_SECTORS, content: 'pattern' },
    ops: [
      primingRead(segments, pagesUsed + 1, space.kernel),
      {
        op: 'read',
        sector: TARGET_SECTOR,
        bvecs: example.bvecs.map((b) => ({ page: b.page, offset: b.offset, length: b.length })),
        label: `the layout: ${formatBvecs(example.bvecs)}`,
      },
    ],
  };
}

/**
 * Index of the first completion-copy step where `version` copies at least one misdirected byte,
 * or null (also when the simulation was run without { trace: true }).
 */
export function firstWrongCopyStep(sim: Simulation, version: VersionId): number | null {
  for (const step of sim.steps) {
    if (step.type !== 'completion-copy') continue;
    const lane = step.lanes[version];
    if (lane.kind === 'copy' && lane.misdirectedBytes > 0) return step.index;
  }
  return null;
}

/**
 * Where to open a counterexample: its first wrong copy, else the step where `version`'s kernel
 * BUGs (a failure by BUG alone), else null.
 */
export function firstFailureStep(sim: Simulation, version: VersionId): number | null {
  const wrong = firstWrongCopyStep(sim, version);
  if (wrong !== null) return wrong;
  for (const step of sim.steps) {
    if (step.type === 'completion-copy' && step.lanes[version].kind === 'bug') return step.index;
    if (step.type === 'kernel-bug' && step.versions.includes(version)) return step.index;
  }
  return null;
}
