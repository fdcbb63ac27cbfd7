// What one op looked like to the process under one lane: whether the syscall returned, and the
// bytes of its buffer right after it completed. Shared by the strace view and parted's reading.
import { bytesOfCell, type Simulation } from '../simulate';
import type { IoStatus } from '../trace';
import type { VersionId } from '../versions';

/** A lane of the strace view: one version's kernel, or 'oracle' = what a correct kernel returns. */
export type StraceLane = VersionId | 'oracle';

/** How an op ended for one lane. 'not-run': that lane's kernel had died at an earlier op. */
export type OpLaneStatus = IoStatus | 'not-run';

/** One op as the process (or the stacked driver) saw it under one lane. */
export interface OpView {
  readonly op: number;
  readonly kind: 'read' | 'write';
  /** 'buffer': an O_DIRECT syscall of the process; 'bvecs': a stacked driver's bio. */
  readonly source: 'buffer' | 'bvecs';
  readonly sector: number;
  /** Bytes the op moves (buffer length, or the sum of the bio_vecs). */
  readonly length: number;
  readonly status: OpLaneStatus;
  /** The kernel BUG (status 'BUG') or the error's reason (EIO / EINVAL). */
  readonly reason: string | null;
  /**
   * The op's data in disk order, read from this lane's memory after the op: for a read what the
   * process got (null unless it returned), for a write what it wrote (null for EINVAL/not-run).
   */
  readonly bytes: Uint8Array | null;
  /** Explicit bio_vec ops: where each bio_vec's bytes start in `bytes`. */
  readonly bvecs?: readonly {
    readonly page: number;
    readonly offset: number;
    readonly length: number;
    readonly start: number;
  }[];
}

/** Index of each op's 'op-done' step (the lanes' memory right after the op). */
function opDoneSteps(sim: Simulation): Map<number, number> {
  const steps = new Map<number, number>();
  for (const step of sim.steps) if (step.type === 'op-done') steps.set(step.op, step.index);
  return steps;
}

/** Status of an op under one lane, from its requests' outcomes. */
function laneStatus(
  sim: Simulation,
  opIndex: number,
  lane: StraceLane,
): { status: OpLaneStatus; reason: string | null } {
  const op = sim.ops[opIndex]!;
  if (op.status === 'EINVAL') return { status: 'EINVAL', reason: op.reason };
  let status: OpLaneStatus = 'ok';
  let reason: string | null = null;
  for (const r of op.requests) {
    const request = sim.requests[r]!;
    // The oracle shares the queue side (a queue-side BUG stops it too) but never the completion.
    const s: OpLaneStatus = lane === 'oracle' ? request.status : request.versions[lane].status;
    const why = lane === 'oracle' ? request.reason : (request.versions[lane].bug ?? request.reason);
    if (s === 'not-run') return { status: 'not-run', reason: null };
    if (s === 'BUG') return { status: 'BUG', reason: why };
    if (s !== 'ok' && status === 'ok') {
      status = s;
      reason = why;
    }
  }
  return { status, reason };
}

/** Reads `length` bytes of process memory at byte address `address` after step `step`. */
function memoryBytes(
  sim: Simulation,
  lane: StraceLane,
  address: number,
  length: number,
  step: number,
): Uint8Array {
  const pageSize = sim.scenario.kernel.pageSize;
  const out = new Uint8Array(length);
  // Every valid op's address and length are multiples of 512 (O_DIRECT alignment), so whole
  // 512-byte cells are copied.
  for (let at = 0; at < length; at += 512) {
    const addr = address + at;
    const page = Math.floor(addr / pageSize);
    const cell = (addr % pageSize) / 512;
    const { ref } = sim.lanes[lane].at('memory', page, cell, step);
    out.set(bytesOfCell(sim, ref), at);
  }
  return out;
}

/** Every op under one lane. Needs a simulation run with { trace: true }. */
export function opViews(sim: Simulation, lane: StraceLane): OpView[] {
  if (sim.steps.length === 0) {
    throw new Error(
      'the strace view needs a traced simulation: simulate(scenario, { trace: true })',
    );
  }
  const pageSize = sim.scenario.kernel.pageSize;
  const done = opDoneSteps(sim);
  return sim.scenario.ops.map((op, index) => {
    const { status, reason } = laneStatus(sim, index, lane);
    const step = done.get(index);
    const ok = status === 'ok' && step !== undefined;
    // A write's buffer is what the process wrote, whatever the kernel did with it afterwards
    // (strace prints it on entry); a read's only exists when the read returned.
    const hasBytes =
      step !== undefined && (ok || (op.op === 'write' && (status === 'EIO' || status === 'BUG')));
    if (op.kind === 'buffer') {
      return {
        op: index,
        kind: op.op,
        source: 'buffer',
        sector: op.sector,
        length: op.length,
        status,
        reason,
        bytes: hasBytes ? memoryBytes(sim, lane, op.address, op.length, step) : null,
      };
    }
    let start = 0;
    const bvecs = op.bvecs.map((bv) => {
      const entry = { page: bv.page, offset: bv.offset, length: bv.length, start };
      start += bv.length;
      return entry;
    });
    let bytes: Uint8Array | null = null;
    if (hasBytes) {
      bytes = new Uint8Array(start);
      for (const bv of bvecs) {
        bytes.set(
          memoryBytes(sim, lane, bv.page * pageSize + bv.offset, bv.length, step),
          bv.start,
        );
      }
    }
    return {
      op: index,
      kind: op.op,
      source: 'bvecs',
      sector: op.sector,
      length: start,
      status,
      reason,
      bytes,
      bvecs,
    };
  });
}
