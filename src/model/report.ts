// The JSON shape of ui-contract.md ("CLI: npm run simulate"): one object per scenario file.
// Field names and meanings are a contract with other tools: extend, never rename.
import type { Simulation } from './simulate';
import { VERSION_IDS, type VersionId } from './versions';

/** One memcpy as the contract prints it (grant = index into grants_used[]). */
export interface CopyReport {
  readonly grant: number;
  readonly srcOffset: number;
  readonly page: number;
  readonly dstOffset: number;
  readonly length: number;
}

/** A version's outcome for one request. */
export interface VersionReport {
  readonly status: string;
  readonly copies: readonly CopyReport[];
  readonly wrongBvecs: readonly number[];
  readonly misdirectedBytes: number;
  readonly corruptBytes: number;
  readonly diskCorruptBytes: number;
  readonly bug: string | null;
}

/** One request as the contract prints it. */
export interface RequestReport {
  readonly op: number;
  readonly kind: 'read' | 'write';
  readonly sector: number;
  readonly status: string;
  readonly reason: string | null;
  readonly bvecs: readonly { page: number; offset: number; length: number }[];
  readonly segments: readonly {
    page: number;
    offset: number;
    length: number;
    bvecs: readonly number[];
    firstSect: number;
    lastSect: number;
  }[];
  readonly grants: readonly number[];
  readonly versions: Readonly<Record<VersionId, VersionReport>>;
}

/** Per-version sums. */
export interface TotalsReport {
  readonly wrongBvecs: number;
  readonly misdirectedBytes: number;
  readonly corruptBytes: number;
  readonly bugs: number;
  readonly diskCorruptBytes: number;
}

/** One line of `npm run simulate` output. */
export interface SimulationReport {
  readonly file: string;
  readonly error: string | null;
  readonly title?: string | null;
  readonly ops?: readonly {
    op: number;
    status: string;
    reason: string | null;
    requests: readonly number[];
  }[];
  readonly requests?: readonly RequestReport[];
  readonly totals?: Readonly<Record<VersionId, TotalsReport>>;
}

/** Shapes a simulation as the contract's JSON object. */
export function toReport(file: string, sim: Simulation): SimulationReport {
  const requests = sim.requests.map((r): RequestReport => {
    const versions = {} as Record<VersionId, VersionReport>;
    for (const v of VERSION_IDS) {
      const o = r.versions[v];
      versions[v] = {
        status: o.status,
        copies: o.copies.map((c) => ({
          grant: c.grantIndex,
          srcOffset: c.srcOffset,
          page: c.page,
          dstOffset: c.dstOffset,
          length: c.length,
        })),
        wrongBvecs: o.wrongBvecs,
        misdirectedBytes: o.misdirectedBytes,
        corruptBytes: o.corruptBytes,
        diskCorruptBytes: o.diskCorruptBytes,
        bug: o.bug,
      };
    }
    return {
      op: r.op,
      kind: r.kind,
      sector: r.sector,
      status: r.status,
      reason: r.reason,
      bvecs: r.bvecs.map((b) => ({ page: b.page, offset: b.offset, length: b.length })),
      segments: r.sg.map((s, i) => ({
        page: s.page,
        offset: s.offset,
        length: s.length,
        bvecs: s.bvecs,
        firstSect: r.segments[i]?.firstSect ?? s.offset >> 9,
        lastSect: r.segments[i]?.lastSect ?? (s.offset >> 9) + (s.length >> 9) - 1,
      })),
      grants: r.grants,
      versions,
    };
  });
  return {
    file,
    error: null,
    title: sim.scenario.title ?? null,
    ops: sim.ops.map((o) => ({
      op: o.index,
      status: o.status,
      reason: o.reason,
      requests: o.requests,
    })),
    requests,
    totals: sim.totals,
  };
}
