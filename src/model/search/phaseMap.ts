// Phase maps: outcome per version over a grid of two layout parameters, each cell computed by
// simulating the very scenario a click on it loads (so what the map shows is what the explorer
// shows): a priming READ, then the read under study, on a "pattern" disk.
//  - O_DIRECT: buffer page offset x read length, through the real directIo -> bios -> mapSg path
//    (fs/direct-io.c cuts the buffer per page; a long read may become several requests: the cell
//    is wrong if any is).
//  - RAID helper: a stacked driver reads a whole 4 KiB stripe unit around a user buffer of L bytes
//    at stripe offset A: (S1,0,A) (U,A,L) (S2,A+L,4096-A-L), empty bio_vecs dropped.
import { DEFAULT_KERNEL, type KernelConfig } from '../config';
import { parseScenario, formatIssues } from '../scenario/validate';
import type { ScenarioInput } from '../scenario/schema';
import { simulate } from '../simulate';
import { buildBios } from '../stages/bios';
import { bvecsForBuffer } from '../stages/directIo';
import { countSgEntries } from '../stages/mapSg';
import { sector } from '../units';
import { VERSION_IDS, type VersionId } from '../versions';
import {
  formatBvecs,
  kernelInput,
  primingRead,
  SCENARIO_DISK_SECTORS,
  TARGET_SECTOR,
} from './scenario';
import { InvariantError } from '../../lib/assert';

/** What one version does with a cell's read. */
export type CellOutcome = 'right' | 'wrong' | 'bug';

/** One cell of a phase map. */
export interface PhaseCell {
  readonly x: number;
  readonly y: number;
  readonly outcome: Readonly<Record<VersionId, CellOutcome>>;
  /** The bio_vecs of the read, e.g. "(P1,512,3584) (P2,0,512)". */
  readonly layout: string;
  /** Block requests the read became. */
  readonly requests: number;
  /** The scenario a click loads: priming READ, then this read. */
  readonly scenario: ScenarioInput;
}

/** A grid of outcomes over two parameters; cells only where the parameters make a valid read. */
export interface PhaseMap {
  readonly kind: 'direct-io' | 'raid';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  readonly cells: readonly PhaseCell[];
}

/** Longest O_DIRECT read on the map (issue #6: 512 .. 64 KiB). */
export const PHASE_MAX_READ_BYTES = 65536;
/** The RAID layer's stripe unit. */
export const STRIPE_UNIT_BYTES = 4096;

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
};

/** Simulates a cell's scenario and reads each version's outcome for op 1 (the studied read). */
function judgeCell(scenario: ScenarioInput): {
  outcome: Record<VersionId, CellOutcome>;
  requests: number;
} {
  const parsed = parseScenario(scenario);
  if (!parsed.ok)
    throw new InvariantError(`phase map cell scenario: ${formatIssues(parsed.error)}`);
  const sim = simulate(parsed.value);
  const requests = sim.requests.filter((r) => r.op === 1);
  const outcome = {} as Record<VersionId, CellOutcome>;
  for (const v of VERSION_IDS) {
    const bug = requests.some((r) => r.versions[v].bug !== null);
    const wrong = requests.some((r) => r.versions[v].misdirectedBytes > 0);
    outcome[v] = bug ? 'bug' : wrong ? 'wrong' : 'right';
  }
  return { outcome, requests: requests.length };
}

function baseScenario(kernel: KernelConfig, title: string, description: string) {
  return {
    version: 1 as const,
    title,
    description,
    kernel: kernelInput(kernel),
    disk: { sectors: SCENARIO_DISK_SECTORS, content: 'pattern' },
  };
}

/**
 * O_DIRECT reads of every length from one sector to 64 KiB into a buffer at every sector-aligned
 * page offset. The buffer starts in page 1; the priming read uses pages above the buffer.
 */
export function phaseMapDirectIo(kernel: KernelConfig = DEFAULT_KERNEL): PhaseMap {
  const step = kernel.sectorSize;
  const xValues = range(0, kernel.pageSize - step, step);
  const yValues = range(step, PHASE_MAX_READ_BYTES, step);
  const framesOf = (p: number) => ({ pfn: p, mfn: p });
  const firstPrimingPage =
    2 + Math.ceil((kernel.pageSize + PHASE_MAX_READ_BYTES) / kernel.pageSize);
  const cells: PhaseCell[] = [];
  for (const y of yValues) {
    for (const x of xValues) {
      const address = kernel.pageSize + x;
      const cut = bvecsForBuffer(address, y, kernel);
      if (!cut.ok) continue;
      const bios = buildBios(sector(TARGET_SECTOR), cut.value, kernel, framesOf);
      const segments = Math.max(...bios.map((b) => countSgEntries(b.bvecs, kernel, framesOf)));
      const scenario: ScenarioInput = {
        ...baseScenario(
          kernel,
          `O_DIRECT read of ${y} bytes at buffer page offset ${x}`,
          `A process reads ${y} bytes with O_DIRECT into a buffer that starts ${x} bytes into a page, after a priming read that fills the grant pages with other sectors. From the counterexample search's O_DIRECT phase map.`,
        ),
        ops: [
          primingRead(segments, firstPrimingPage, kernel),
          {
            op: 'read',
            sector: TARGET_SECTOR,
            buffer: { address, length: y },
            label: `O_DIRECT read of ${y} bytes at page offset ${x}`,
          },
        ],
      };
      cells.push({ x, y, layout: formatBvecs(cut.value), ...judgeCell(scenario), scenario });
    }
  }
  return {
    kind: 'direct-io',
    title: 'O_DIRECT read: buffer page offset × read length',
    xLabel: 'Buffer page offset (bytes)',
    yLabel: 'Read length (bytes)',
    xValues,
    yValues,
    cells,
  };
}

/**
 * A RAID layer reading the whole stripe unit around a user buffer of L bytes at stripe offset A,
 * for every sector-aligned A and L with A + L within the stripe unit: S1 = page 1, U = page 2,
 * S2 = page 3, as scenarios/raid-stripe.json.
 */
export function phaseMapRaid(kernel: KernelConfig = DEFAULT_KERNEL): PhaseMap {
  const step = 512;
  const xValues = range(0, STRIPE_UNIT_BYTES - step, step);
  const yValues = range(step, STRIPE_UNIT_BYTES, step);
  const framesOf = (p: number) => ({ pfn: p, mfn: p });
  const cells: PhaseCell[] = [];
  for (const y of yValues) {
    for (const x of xValues) {
      if (x + y > STRIPE_UNIT_BYTES) continue;
      const bvecs = [
        { page: 1, offset: 0, length: x },
        { page: 2, offset: x, length: y },
        { page: 3, offset: x + y, length: STRIPE_UNIT_BYTES - x - y },
      ].filter((b) => b.length > 0);
      const typed = bvecs.map((b) => ({ ...b, page: b.page as never }));
      const segments = countSgEntries(typed, kernel, framesOf);
      const scenario: ScenarioInput = {
        ...baseScenario(
          kernel,
          `RAID stripe read: ${y}-byte user buffer at stripe offset ${x}`,
          `A RAID layer with a ${STRIPE_UNIT_BYTES}-byte stripe unit serves a ${y}-byte O_DIRECT read at stripe offset ${x} by reading the whole stripe unit: its scratch page S1 (page 1) before the user's page U (page 2), scratch page S2 (page 3) after, after a priming read that fills the grant pages with other sectors. From the counterexample search's RAID phase map.`,
        ),
        ops: [
          primingRead(segments, 5, kernel),
          {
            op: 'read',
            sector: TARGET_SECTOR,
            bvecs,
            label: `RAID reads the stripe unit around the user's ${y} bytes at offset ${x}`,
          },
        ],
      };
      cells.push({ x, y, layout: formatBvecs(typed), ...judgeCell(scenario), scenario });
    }
  }
  return {
    kind: 'raid',
    title: 'RAID stripe read: stripe offset × user length',
    xLabel: 'Stripe offset A (bytes)',
    yLabel: 'User buffer length L (bytes)',
    xValues,
    yValues,
    cells,
  };
}
