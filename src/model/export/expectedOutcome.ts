// What a reproducer should see under each completion version, from the model. The program
// compares every byte a read returns with the self-describing pattern its --prepare step wrote,
// so the model is run on the same scenario with a pattern disk: every misplaced sector then
// differs from the right one, and the ranges printed here are the ranges the program reports.
import { differingBytes } from '../content/bytes';
import { simulate, type Simulation } from '../simulate';
import { totalBytes } from '../stages/bvec';
import { parseScenario, type Scenario } from '../scenario/validate';
import { VERSION_IDS, type VersionId } from '../versions';

/** A run of 512-byte cells of one op's data that a version gets wrong. */
export interface MismatchRange {
  readonly op: number;
  /** Byte offset in the op's data (its buffer, or its bio_vecs in order). */
  readonly dataOffset: number;
  readonly length: number;
  /** Disk sector the first wrong byte should have come from. */
  readonly sector: number;
}

/** A version's expected outcome on a real kernel with that completion copy. */
export interface VersionExpectation {
  readonly version: VersionId;
  /** Reads whose data differs from the disk, as the program reports them. */
  readonly mismatches: readonly MismatchRange[];
  /** Sector ranges [first, last] whose final content differs from what a correct kernel writes. */
  readonly diskRanges: readonly (readonly [number, number])[];
  /** The first kernel BUG, if the version hits one: the op and the message. */
  readonly bug: { readonly op: number; readonly message: string } | null;
}

/** The scenario with a pattern disk of the same size (what --prepare writes). */
export function onPatternDisk(scenario: Scenario): Scenario {
  const parsed = parseScenario({
    ...scenario.input,
    disk: { ...scenario.input.disk, content: 'pattern' },
  });
  // The scenario was valid and only its disk generator changed; every size limit still holds.
  if (!parsed.ok) throw new Error('a valid scenario became invalid on a pattern disk');
  return parsed.value;
}

/** Appends cell [offset, offset + 512) to the ranges, extending the last one when adjacent. */
function addCell(ranges: MismatchRange[], op: number, offset: number, sector: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.op === op && last.dataOffset + last.length === offset) {
    ranges[ranges.length - 1] = { ...last, length: last.length + 512 };
  } else ranges.push({ op, dataOffset: offset, length: 512, sector });
}

function readMismatches(sim: Simulation, v: VersionId): MismatchRange[] {
  const ranges: MismatchRange[] = [];
  const opOffset = new Map<number, number>();
  for (const r of sim.requests) {
    const base = opOffset.get(r.op) ?? 0;
    let at = base;
    if (r.kind === 'read' && r.versions[v].status === 'ok') {
      for (const bv of r.bvecs) {
        for (let c = 0; c < bv.length / 512; c++, at += 512) {
          const cell = bv.offset / 512 + c;
          const got = sim.lanes[v].at('memory', bv.page, cell, r.lastStep).ref;
          const want = sim.lanes.oracle.at('memory', bv.page, cell, r.lastStep).ref;
          if (differingBytes(got, want, sim.roots, sim.image) > 0) {
            addCell(ranges, r.op, at, r.sector + (at - base) / 512);
          }
        }
      }
    }
    opOffset.set(r.op, base + totalBytes(r.bvecs));
  }
  return ranges;
}

function diskRanges(sim: Simulation, v: VersionId): [number, number][] {
  const sectors = new Set<number>([
    ...sim.lanes[v].writtenSectors(),
    ...sim.lanes.oracle.writtenSectors(),
  ]);
  const bad = [...sectors]
    .filter(
      (s) =>
        differingBytes(
          sim.lanes[v].read('disk', s, 0),
          sim.lanes.oracle.read('disk', s, 0),
          sim.roots,
          sim.image,
        ) > 0,
    )
    .sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const s of bad) {
    const last = out[out.length - 1];
    if (last && last[1] + 1 === s) last[1] = s;
    else out.push([s, s]);
  }
  return out;
}

/** The traced run a reproducer's expectations come from: the scenario on a pattern disk. */
export const patternDiskRun = (scenario: Scenario): Simulation =>
  simulate(onPatternDisk(scenario), { trace: true });

/** Per version: the read mismatches, corrupted disk sectors and kernel BUG a program would see. */
export function expectedOutcomes(
  scenario: Scenario,
  sim: Simulation = patternDiskRun(scenario),
): Record<VersionId, VersionExpectation> {
  const out = {} as Record<VersionId, VersionExpectation>;
  for (const v of VERSION_IDS) {
    const bugAt = sim.requests.find((r) => r.versions[v].bug !== null);
    out[v] = {
      version: v,
      mismatches: readMismatches(sim, v),
      diskRanges: diskRanges(sim, v),
      bug: bugAt ? { op: bugAt.op, message: bugAt.versions[v].bug ?? '' } : null,
    };
  }
  return out;
}
