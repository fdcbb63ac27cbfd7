// The whole path for a scenario: ops -> bio_vecs -> bios (one request each) -> blk_rq_map_sg ->
// grants + ring segments -> blkback -> READ completion under each version -> process memory.
// The queue side and the grant pool depend only on layout, so they run once; data moves on one
// lane per version plus an "oracle" lane that does ideal I/O (disk <-> buffer directly) and tells
// what the process should have got.
import { cellsPerPage } from './config';
import { COMPLETIONS, type PlannedCopy } from './completion';
import { differingBytes, cellBytes } from './content/bytes';
import { Lane, type Region } from './content/lane';
import { cellRef, type CellRef, RootTable } from './content/roots';
import { makeDiskImage, type DiskImage } from './disk/image';
import type { Scenario } from './scenario/validate';
import { planBackendTransfers } from './stages/backend';
import { buildBios, type Bio } from './stages/bios';
import { totalBytes, type Bvec } from './stages/bvec';
import { bvecsForBuffer } from './stages/directIo';
import { GrantPool } from './stages/grantPool';
import { mapSg, type SgEntry } from './stages/mapSg';
import { misdirectedBytesOf, requestLayout } from './stages/requestLayout';
import { ringSegmentFor, type RingSegment } from './stages/ringSegments';
import type { CellMove, IoStatus, LaneIteration, Step, StepEvent } from './trace';
import { sector as toSector, type GrantId, type Sector } from './units';
import { VERSION_IDS, type VersionId } from './versions';

/** A lane: one version's world, or the oracle's. */
export type LaneId = VersionId | 'oracle';

/** What one version did with one request. */
export interface VersionOutcome {
  /** 'not-run' when this version's kernel had already hit a BUG earlier in the scenario. */
  readonly status: IoStatus | 'not-run';
  /** The memcpy calls the completion made (READ only). */
  readonly copies: readonly PlannedCopy[];
  /** bio_vec indices that received any misdirected byte. */
  readonly wrongBvecs: readonly number[];
  /** Bytes copied from somewhere other than where the backend put their data. */
  readonly misdirectedBytes: number;
  /** READ: bytes the process got that differ from what this version's disk holds there. */
  readonly corruptBytes: number;
  /** WRITE: bytes written to disk that differ from what the oracle wrote there. */
  readonly diskCorruptBytes: number;
  /** The kernel BUG this request hit in this version, if any. */
  readonly bug: string | null;
}

/** One block request (one bio) and what happened to it. */
export interface RequestRecord {
  readonly index: number;
  readonly op: number;
  readonly kind: 'read' | 'write';
  readonly sector: Sector;
  readonly bvecs: readonly Bvec[];
  readonly sg: readonly SgEntry[];
  readonly segments: readonly RingSegment[];
  readonly grants: readonly GrantId[];
  /** Shared outcome of the queue side and backend: ok, EIO (rejected) or BUG (queue-side BUG_ON). */
  readonly status: IoStatus;
  readonly reason: string | null;
  readonly versions: Readonly<Record<VersionId, VersionOutcome>>;
  /** Trace step range [firstStep, lastStep] (both -1 when not traced). */
  readonly firstStep: number;
  readonly lastStep: number;
}

/** One op (syscall or stacked-driver bio) and the requests it became. */
export interface OpRecord {
  readonly index: number;
  readonly status: IoStatus;
  readonly reason: string | null;
  readonly requests: readonly number[];
}

/** Sums per version over the scenario. */
export interface VersionTotals {
  readonly wrongBvecs: number;
  readonly misdirectedBytes: number;
  readonly corruptBytes: number;
  readonly bugs: number;
  /** Bytes of the final disk that differ from the oracle's final disk. */
  readonly diskCorruptBytes: number;
}

/** The result of running a scenario. */
export interface Simulation {
  readonly scenario: Scenario;
  readonly ops: readonly OpRecord[];
  readonly requests: readonly RequestRecord[];
  readonly totals: Readonly<Record<VersionId, VersionTotals>>;
  /** Empty unless simulated with { trace: true }. */
  readonly steps: readonly Step[];
  readonly roots: RootTable;
  readonly image: DiskImage;
  readonly lanes: Readonly<Record<LaneId, Lane>>;
  /** Grant pages allocated over the whole run. */
  readonly poolSize: number;
}

/** Options of simulate(). */
export interface SimulateOptions {
  /** Build the step list and the lanes' write logs for the UI (slower, more memory). */
  readonly trace?: boolean;
}

const LANE_IDS: readonly LaneId[] = [...VERSION_IDS, 'oracle'];

/** Runs a validated scenario through the model. Pure and deterministic. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  return new Run(scenario, options.trace ?? false).run();
}

class Run {
  private readonly k: Scenario['kernel'];
  private readonly cpp: number;
  private readonly image: DiskImage;
  private readonly roots = new RootTable();
  private readonly pool = new GrantPool();
  private readonly lanes: Record<LaneId, Lane>;
  /** grants_used[] of the one shadow entry in use (requests run one at a time, so id 0 always). */
  private readonly shadowSlots: (GrantId | undefined)[] = [];
  private readonly dead = new Set<VersionId>();
  private readonly steps: Step[] = [];
  private readonly ops: OpRecord[] = [];
  private readonly requests: RequestRecord[] = [];
  private currentRequest: number | null = null;

  constructor(
    private readonly scenario: Scenario,
    private readonly tracing: boolean,
  ) {
    this.k = scenario.kernel;
    this.cpp = cellsPerPage(this.k);
    this.image = makeDiskImage(scenario.disk.content, scenario.disk.sectors);
    const lanes = {} as Record<LaneId, Lane>;
    for (const id of LANE_IDS) lanes[id] = new Lane(this.cpp, tracing);
    this.lanes = lanes;
  }

  run(): Simulation {
    this.scenario.ops.forEach((_, i) => this.runOp(i));
    return {
      scenario: this.scenario,
      ops: this.ops,
      requests: this.requests,
      totals: this.totals(),
      steps: this.steps,
      roots: this.roots,
      image: this.image,
      lanes: this.lanes,
      poolSize: this.pool.size,
    };
  }

  // --- steps -------------------------------------------------------------------------------

  /** Attributes the lanes' next writes to the step about to be emitted. */
  private beginStep(): void {
    for (const id of LANE_IDS) this.lanes[id].step = this.steps.length;
  }

  private emit(event: StepEvent): void {
    if (!this.tracing) return;
    this.steps.push({
      ...event,
      index: this.steps.length,
      after: {
        request: this.currentRequest,
        poolFree: this.pool.freeList(),
        poolSize: this.pool.size,
        dead: VERSION_IDS.filter((v) => this.dead.has(v)),
      },
    } as Step);
  }

  private liveLanes(): Lane[] {
    return LANE_IDS.filter((id) => id === 'oracle' || !this.dead.has(id)).map(
      (id) => this.lanes[id],
    );
  }

  // --- ops ---------------------------------------------------------------------------------

  private runOp(opIndex: number): void {
    const op = this.scenario.ops[opIndex]!;
    this.beginStep();
    this.emit({ type: 'op-start', op: opIndex, kind: op.op, label: op.label });
    let bvecs: Bvec[];
    if (op.kind === 'buffer') {
      const cut = bvecsForBuffer(op.address, op.length, this.k);
      if (!cut.ok) {
        this.beginStep();
        this.emit({ type: 'op-failed', op: opIndex, errno: 'EINVAL', reason: cut.error.reason });
        this.ops.push({ index: opIndex, status: 'EINVAL', reason: cut.error.reason, requests: [] });
        this.emit({ type: 'op-done', op: opIndex, status: 'EINVAL' });
        return;
      }
      bvecs = cut.value;
    } else {
      bvecs = [...op.bvecs];
    }
    if (op.fill) this.processFill(opIndex, bvecs);
    const bios: Bio[] =
      op.kind === 'buffer'
        ? buildBios(op.sector, bvecs, this.k, this.scenario.framesOf)
        : [{ sector: op.sector, bvecs, firstBvec: 0 }];
    const requestIds: number[] = [];
    let status: IoStatus = 'ok';
    let reason: string | null = null;
    for (const bio of bios) {
      const record = this.runRequest(opIndex, op.op, bio, op.kind === 'bvecs');
      requestIds.push(record.index);
      if (record.status !== 'ok' && status === 'ok') {
        status = record.status;
        reason = record.reason;
      }
    }
    this.currentRequest = null;
    this.beginStep();
    this.emit({ type: 'op-done', op: opIndex, status });
    this.ops.push({ index: opIndex, status, reason, requests: requestIds });
  }

  /**
   * The process writes op.fill into its buffer before the syscall (every live lane): the whole
   * op's data, or only fill.offset/fill.length of it (a read-modify-write patching the user's
   * part of a stripe unit). Cell n of the fill root is the op's n-th 512 bytes either way, so a
   * text fill repeats by position in the op's data.
   */
  private processFill(opIndex: number, bvecs: readonly Bvec[]): void {
    const op = this.scenario.ops[opIndex]!;
    if (!op.fill) return;
    const root = this.roots.fill(opIndex, op.fill);
    const firstCell = (op.fill.offset ?? 0) / 512;
    const endCell = op.fill.length === undefined ? Infinity : firstCell + op.fill.length / 512;
    const ranges: Bvec[] = [];
    let n = 0;
    for (const bv of bvecs) {
      const cells = bv.length / 512;
      const from = Math.max(firstCell - n, 0);
      const to = Math.min(endCell - n, cells);
      if (from < to) {
        ranges.push({ page: bv.page, offset: bv.offset + from * 512, length: (to - from) * 512 });
      }
      n += cells;
    }
    this.beginStep();
    for (const lane of this.liveLanes()) {
      n = 0;
      for (const bv of bvecs) {
        for (let c = 0; c < bv.length / 512; c++, n++) {
          if (n < firstCell || n >= endCell) continue;
          lane.write('memory', bv.page, bv.offset / 512 + c, cellRef(root, n));
        }
      }
    }
    this.emit({ type: 'process-fill', op: opIndex, ranges });
  }

  // --- one request -------------------------------------------------------------------------

  private runRequest(
    opIndex: number,
    kind: 'read' | 'write',
    bio: Bio,
    explicit: boolean,
  ): RequestRecord {
    const index = this.requests.length;
    const firstStep = this.steps.length;
    this.currentRequest = index;
    const deadBefore = new Set(this.dead);
    const bytes = totalBytes(bio.bvecs);
    this.beginStep();
    this.emit({
      type: 'bio-built',
      op: opIndex,
      request: index,
      kind,
      sector: bio.sector,
      bvecs: bio.bvecs,
    });

    const base = { index, op: opIndex, kind, sector: bio.sector, bvecs: bio.bvecs, firstStep };
    const rejected = this.guestSideCheck(bio.sector, bytes, explicit);
    if (rejected) {
      this.beginStep();
      this.emit({ type: 'request-rejected', request: index, errno: 'EIO', reason: rejected });
      return this.finish(
        { ...base, sg: [], segments: [], grants: [], status: 'EIO', reason: rejected },
        deadBefore,
        new Map(),
      );
    }

    // blk_rq_map_sg
    const { entries: sg, decisions } = mapSg(bio.bvecs, this.k, this.scenario.framesOf);
    for (const d of this.tracing ? decisions : []) {
      const entry = sg[d.segment]!;
      const soFar = entry.bvecs.slice(0, entry.bvecs.indexOf(d.bvec) + 1);
      this.beginStep();
      this.emit({
        type: d.newEntryBecause === null ? 'sg-merge' : 'sg-new',
        request: index,
        bvec: d.bvec,
        segment: d.segment,
        because: d.newEntryBecause,
        entry: {
          page: entry.page,
          offset: entry.offset,
          length: soFar.reduce((s, j) => s + bio.bvecs[j]!.length, 0),
        },
      });
    }
    const bugs = new Map<VersionId, string>();
    if (sg.length > this.k.maxSegments) {
      const message = 'BUG_ON(nr_segments > BLKIF_MAX_SEGMENTS_PER_REQUEST)';
      this.queueBug(index, message, bugs);
      return this.finish(
        { ...base, sg, segments: [], grants: [], status: 'BUG', reason: message },
        deadBefore,
        bugs,
      );
    }

    // blkif_queue_request: grants, WRITE copies, ring segments
    const grants: GrantId[] = [];
    const segments: RingSegment[] = [];
    for (const [i, entry] of sg.entries()) {
      const take = this.pool.take();
      if (!take.reused) {
        const root = this.roots.uninitGrant(take.grant);
        for (const id of LANE_IDS) this.lanes[id].allocateGrant(take.grant, root);
      }
      grants.push(take.grant);
      this.shadowSlots[i] = take.grant;
      this.beginStep();
      this.emit({
        type: 'grant-take',
        request: index,
        segment: i,
        grant: take.grant,
        reused: take.reused,
      });
      if (kind === 'write') {
        if (entry.offset + entry.length > this.k.pageSize) {
          const message = 'BUG_ON(sg->offset + sg->length > PAGE_SIZE)';
          this.queueBug(index, message, bugs);
          return this.finish(
            { ...base, sg, segments, grants, status: 'BUG', reason: message },
            deadBefore,
            bugs,
          );
        }
        const from = { region: 'memory' as Region, index: entry.page, cell: entry.offset / 512 };
        const to = { region: 'grant' as Region, index: take.grant, cell: entry.offset / 512 };
        this.beginStep();
        for (const id of VERSION_IDS)
          if (!this.dead.has(id)) this.lanes[id].copy(from, to, entry.length / 512);
        this.emit({
          type: 'write-copy',
          request: index,
          segment: i,
          grant: take.grant,
          moves: [{ from, to, cells: entry.length / 512 }],
        });
      }
      const seg = ringSegmentFor(entry, take.grant);
      segments.push(seg);
      this.beginStep();
      this.emit({
        type: 'ring-segment',
        request: index,
        segment: i,
        gref: seg.gref,
        firstSect: seg.firstSect,
        lastSect: seg.lastSect,
      });
    }

    // blkback
    const plan = planBackendTransfers(bio.sector, segments, this.k);
    let status: IoStatus = 'ok';
    let reason: string | null = null;
    if (!plan.ok) {
      status = 'EIO';
      reason = plan.error;
      this.beginStep();
      this.emit({ type: 'backend-reject', request: index, reason: plan.error });
    } else {
      for (const t of plan.value) {
        const grant = grants[t.segment]!;
        const disk = { region: 'disk' as Region, index: t.sector, cell: 0 };
        const page = { region: 'grant' as Region, index: grant, cell: t.grantOffset / 512 };
        this.beginStep();
        const move: CellMove =
          kind === 'read'
            ? { from: disk, to: page, cells: t.sectors }
            : { from: page, to: disk, cells: t.sectors };
        for (const id of VERSION_IDS) {
          if (!this.dead.has(id)) this.lanes[id].copy(move.from, move.to, move.cells);
        }
        this.emit({
          type: 'backend-transfer',
          request: index,
          segment: t.segment,
          grant,
          direction: kind === 'read' ? 'disk-to-grant' : 'grant-to-disk',
          sector: t.sector,
          sectors: t.sectors,
          grantOffset: t.grantOffset,
          moves: [move],
        });
      }
      this.oracleTransfer(kind, bio);
    }

    // blkif_completion
    const copies = new Map<VersionId, PlannedCopy[]>();
    const misdirected = new Map<VersionId, { bytes: number; bvecs: Set<number> }>();
    if (kind === 'read')
      this.completeRead(index, bio.bvecs, sg, grants, deadBefore, bugs, copies, misdirected);
    this.pool.giveBack(grants);
    this.beginStep();
    this.emit({ type: 'grant-return', request: index, grants });
    return this.finish(
      { ...base, sg, segments, grants, status, reason },
      deadBefore,
      bugs,
      copies,
      misdirected,
    );
  }

  /** What the block layer refuses before the request reaches blkfront. */
  private guestSideCheck(start: Sector, bytes: number, explicit: boolean): string | null {
    const sectors = bytes / 512;
    if (start + sectors > this.scenario.disk.sectors) {
      return `attempt to access beyond end of device (bio_check_eod): sectors ${start}..${start + sectors - 1}, disk has ${this.scenario.disk.sectors}`;
    }
    if (explicit && sectors > this.k.maxHwSectors) {
      return `bio too big device (generic_make_request_checks): ${sectors} sectors > max_hw_sectors ${this.k.maxHwSectors}`;
    }
    return null;
  }

  /** A BUG_ON on the queue side (shared code): every live version's kernel dies. */
  private queueBug(request: number, message: string, bugs: Map<VersionId, string>): void {
    const versions = VERSION_IDS.filter((v) => !this.dead.has(v));
    for (const v of versions) {
      bugs.set(v, message);
      this.dead.add(v);
    }
    this.beginStep();
    this.emit({ type: 'kernel-bug', request, versions, message, where: 'queue' });
  }

  /** Ideal I/O on the oracle lane: data goes straight between disk and buffer. */
  private oracleTransfer(kind: 'read' | 'write', bio: Bio): void {
    const oracle = this.lanes.oracle;
    let s: number = bio.sector;
    for (const bv of bio.bvecs) {
      const mem = { region: 'memory' as Region, index: bv.page, cell: bv.offset / 512 };
      const disk = { region: 'disk' as Region, index: s, cell: 0 };
      const cells = bv.length / 512;
      if (kind === 'read') oracle.copy(disk, mem, cells);
      else oracle.copy(mem, disk, cells);
      s += cells;
    }
  }

  /** Runs the three completion loops in lockstep, one trace step per iteration. */
  private completeRead(
    request: number,
    bvecs: readonly Bvec[],
    sg: readonly SgEntry[],
    grants: readonly GrantId[],
    deadBefore: ReadonlySet<VersionId>,
    bugs: Map<VersionId, string>,
    copies: Map<VersionId, PlannedCopy[]>,
    misdirected: Map<VersionId, { bytes: number; bvecs: Set<number> }>,
  ): void {
    const layout = requestLayout(bvecs, sg);
    const plans = VERSION_IDS.map((v) => COMPLETIONS[v]({ bvecs, sg, pageSize: this.k.pageSize }));
    const iterations = Math.max(...plans.map((p) => p.copies.length + (p.bug ? 1 : 0)));
    for (const v of VERSION_IDS) {
      copies.set(v, []);
      misdirected.set(v, { bytes: 0, bvecs: new Set() });
    }
    for (let it = 0; it < iterations; it++) {
      this.beginStep();
      const lanes = {} as Record<VersionId, LaneIteration>;
      plans.forEach((plan) => {
        const v = plan.version;
        lanes[v] = this.completionIteration(
          v,
          plan.copies[it],
          it === plan.copies.length ? plan.bug : null,
          {
            deadBefore,
            bugs,
            grants,
            layout,
            done: copies.get(v)!,
            wrong: misdirected.get(v)!,
          },
        );
      });
      this.emit({ type: 'completion-copy', request, iteration: it, lanes });
    }
  }

  private completionIteration(
    v: VersionId,
    copy: PlannedCopy | undefined,
    bug: { message: string; vars: PlannedCopy['vars'] } | null,
    ctx: {
      deadBefore: ReadonlySet<VersionId>;
      bugs: Map<VersionId, string>;
      grants: readonly GrantId[];
      layout: ReturnType<typeof requestLayout>;
      done: PlannedCopy[];
      wrong: { bytes: number; bvecs: Set<number> };
    },
  ): LaneIteration {
    if (ctx.deadBefore.has(v)) return { kind: 'not-run' };
    if (ctx.bugs.has(v)) return { kind: 'idle' };
    if (!copy) {
      if (!bug) return { kind: 'idle' };
      ctx.bugs.set(v, bug.message);
      this.dead.add(v);
      return { kind: 'bug', message: bug.message, vars: bug.vars };
    }
    const staleSlot = copy.grantIndex >= ctx.grants.length;
    const grant = staleSlot ? this.shadowSlots[copy.grantIndex] : ctx.grants[copy.grantIndex];
    if (grant === undefined) {
      // 0a8704a51 never checks i: past every slot ever filled, grants_used[i] is NULL.
      const message = `NULL pointer dereference: grants_used[${copy.grantIndex}] was never set (i >= nr_segments)`;
      ctx.bugs.set(v, message);
      this.dead.add(v);
      return { kind: 'bug', message, vars: copy.vars };
    }
    const cells = copy.length / 512;
    const wrongBytes = misdirectedBytesOf(copy, ctx.layout, (bvec) => ctx.wrong.bvecs.add(bvec));
    ctx.wrong.bytes += wrongBytes;
    const from = { region: 'grant' as Region, index: grant, cell: copy.srcOffset / 512 };
    const to = { region: 'memory' as Region, index: copy.page, cell: copy.dstOffset / 512 };
    this.lanes[v].copy(from, to, cells);
    ctx.done.push(copy);
    return {
      kind: 'copy',
      copy,
      grant,
      staleSlot,
      misdirectedBytes: wrongBytes,
      moves: [{ from, to, cells }],
    };
  }

  /** Compares results with the disk, records the request and emits request-done. */
  private finish(
    base: Omit<RequestRecord, 'versions' | 'lastStep'>,
    deadBefore: ReadonlySet<VersionId>,
    bugs: ReadonlyMap<VersionId, string>,
    copies: ReadonlyMap<VersionId, PlannedCopy[]> = new Map(),
    misdirected: ReadonlyMap<VersionId, { bytes: number; bvecs: Set<number> }> = new Map(),
  ): RequestRecord {
    const versions = {} as Record<VersionId, VersionOutcome>;
    for (const v of VERSION_IDS) {
      const bug = bugs.get(v) ?? null;
      const status: VersionOutcome['status'] = deadBefore.has(v)
        ? 'not-run'
        : bug
          ? 'BUG'
          : base.status;
      const counted = status === 'ok';
      versions[v] = {
        status,
        copies: copies.get(v) ?? [],
        wrongBvecs: [...(misdirected.get(v)?.bvecs ?? [])].sort((a, b) => a - b),
        misdirectedBytes: misdirected.get(v)?.bytes ?? 0,
        corruptBytes:
          counted && base.kind === 'read'
            ? this.corruptReadBytes(this.lanes[v], base.sector, base.bvecs)
            : 0,
        diskCorruptBytes:
          counted && base.kind === 'write'
            ? this.diskDiff(this.lanes[v], base.sector, totalBytes(base.bvecs) / 512)
            : 0,
        bug,
      };
    }
    if (this.tracing) {
      this.beginStep();
      const outcome = {} as Record<
        VersionId,
        { status: IoStatus | 'not-run'; misdirectedBytes: number; corruptBytes: number }
      >;
      for (const v of VERSION_IDS) {
        const o = versions[v];
        outcome[v] = {
          status: o.status,
          misdirectedBytes: o.misdirectedBytes,
          corruptBytes: o.corruptBytes,
        };
      }
      this.emit({ type: 'request-done', request: base.index, status: base.status, outcome });
    }
    const record: RequestRecord = {
      ...base,
      versions,
      lastStep: this.tracing ? this.steps.length - 1 : -1,
    };
    if (!this.tracing) Object.assign(record, { firstStep: -1 });
    this.requests.push(record);
    return record;
  }

  /** Bytes of the request's buffer that differ from what this lane's disk holds there. */
  private corruptReadBytes(lane: Lane, start: Sector, bvecs: readonly Bvec[]): number {
    let n = 0;
    let s: number = start;
    for (const bv of bvecs) {
      for (let c = 0; c < bv.length / 512; c++, s++) {
        n += differingBytes(
          lane.read('memory', bv.page, bv.offset / 512 + c),
          lane.read('disk', s, 0),
          this.roots,
          this.image,
        );
      }
    }
    return n;
  }

  /** Bytes of `sectors` sectors from `start` where this lane's disk differs from the oracle's. */
  private diskDiff(lane: Lane, start: number, sectors: number): number {
    let n = 0;
    for (let s = start; s < start + sectors; s++) {
      n += differingBytes(
        lane.read('disk', s, 0),
        this.lanes.oracle.read('disk', s, 0),
        this.roots,
        this.image,
      );
    }
    return n;
  }

  private totals(): Record<VersionId, VersionTotals> {
    const totals = {} as Record<VersionId, VersionTotals>;
    for (const v of VERSION_IDS) {
      let wrongBvecs = 0;
      let misdirectedBytes = 0;
      let corruptBytes = 0;
      let bugs = 0;
      for (const r of this.requests) {
        const o = r.versions[v];
        wrongBvecs += o.wrongBvecs.length;
        misdirectedBytes += o.misdirectedBytes;
        corruptBytes += o.corruptBytes;
        if (o.bug) bugs++;
      }
      const written = new Set<number>([
        ...this.lanes[v].writtenSectors(),
        ...this.lanes.oracle.writtenSectors(),
      ]);
      let diskCorruptBytes = 0;
      for (const s of written) {
        diskCorruptBytes += differingBytes(
          this.lanes[v].read('disk', s, 0),
          this.lanes.oracle.read('disk', s, 0),
          this.roots,
          this.image,
        );
      }
      totals[v] = { wrongBvecs, misdirectedBytes, corruptBytes, bugs, diskCorruptBytes };
    }
    return totals;
  }
}

/** The bytes of a cell reference, for hex views and reports. */
export function bytesOfCell(sim: Simulation, ref: CellRef): Uint8Array {
  return cellBytes(ref, sim.roots, sim.image);
}

export { toSector };
