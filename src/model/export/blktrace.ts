// A blkparse-style log of a simulation: what `blktrace -d /dev/xvdb -o - | blkparse -i -` would
// print for the scenario's requests, in blkparse's default output format (blkparse_fmt.c
// process_default; message notes as blkparse.c handle_notify prints BLK_TN_MESSAGE), plus "m N"
// notes that say what blkfront did with each request, so the trace connects to the bug.
// Actions: Q (bio queued), G (request allocated), I (inserted), D (issued to the driver),
// C (completed, with the error code). The model never merges bios (each bio is one request), so
// there are no M/F lines, and plug/unplug (P/U) are left out: they carry no data.
import type { Step } from '../trace';
import { simulate, type RequestRecord, type Simulation } from '../simulate';
import { VERSION_IDS, type VersionId } from '../versions';

/** Options of toBlkparseLog. */
export interface BlkparseOptions {
  /** Device numbers; default 202,16 (xvdb: xen-blkfront's major 202, second disk). */
  readonly major?: number;
  readonly minor?: number;
  /** Process name and pid shown on Q/G/I/D lines (default "repro", 1000). */
  readonly process?: string;
  readonly pid?: number;
  /** Only this version's completion notes and completions (default: every version). */
  readonly version?: VersionId;
  /** Start with "# " comment lines explaining the log (default true). */
  readonly header?: boolean;
}

/** Nanoseconds of synthetic time per trace step: the log's time axis is the model's step index. */
export const NS_PER_STEP = 1000;

const EIO = 5;

interface Ctx {
  readonly dev: string;
  readonly process: string;
  readonly pid: number;
  seq: number;
  readonly lines: string[];
}

const pad = (s: string | number, width: number) => String(s).padStart(width);

/** blkparse's time column, "%5d.%09lu", from a step index and a sub-step nanosecond offset. */
function time(step: number, sub = 0): string {
  const ns = step * NS_PER_STEP + sub;
  return `${pad(Math.floor(ns / 1e9), 5)}.${String(ns % 1e9).padStart(9, '0')}`;
}

/** One action line: header as process_default prints it, then the action's fields. */
function action(ctx: Ctx, t: string, act: string, rwbs: string, rest: string): void {
  ctx.seq++;
  ctx.lines.push(
    `${ctx.dev}  0 ${pad(ctx.seq, 8)} ${t} ${pad(ctx.pid, 5)} ${pad(act, 2)} ${pad(rwbs, 3)} ${rest}`,
  );
}

/** A message note: sequence "0", pid 0, action "m", rwbs "N" (blkparse.c, BLK_TN_MESSAGE). */
function note(ctx: Ctx, t: string, text: string): void {
  ctx.lines.push(
    `${ctx.dev}  0 ${pad('0', 8)} ${t} ${pad(0, 5)} ${pad('m', 2)} ${pad('N', 3)} ${text}`,
  );
}

/** RWBS of a request. Direct-io writes are WRITE_ODIRECT (write + sync) in 3.8's fs/direct-io.c. */
function rwbsOf(sim: Simulation, r: RequestRecord): string {
  if (r.kind === 'read') return 'R';
  return sim.scenario.ops[r.op]?.kind === 'buffer' ? 'WS' : 'W';
}

function copyNotes(steps: readonly Step[], v: VersionId, r: RequestRecord): string {
  const parts: string[] = [];
  for (const s of steps) {
    if (s.type !== 'completion-copy') continue;
    const lane = s.lanes[v];
    if (lane.kind === 'copy') {
      const what = lane.copy.bvec === null ? `sg ${lane.copy.iteration}` : `bvec ${lane.copy.bvec}`;
      const verdict =
        lane.misdirectedBytes === 0
          ? 'right'
          : lane.misdirectedBytes === lane.copy.length
            ? 'wrong'
            : `wrong: ${lane.misdirectedBytes} of ${lane.copy.length} bytes`;
      parts.push(`${what} from grant ${lane.grant} @${lane.copy.srcOffset} (${verdict})`);
    } else if (lane.kind === 'bug') {
      parts.push(`kernel BUG: ${lane.message}`);
    }
  }
  const o = r.versions[v];
  const sum = o.misdirectedBytes > 0 ? `; ${o.misdirectedBytes} misdirected bytes` : '';
  return `${v}: copied ${parts.join(', ')}${sum}`;
}

function logRequest(sim: Simulation, r: RequestRecord, ctx: Ctx, versions: readonly VersionId[]) {
  const steps = sim.steps.slice(r.firstStep, r.lastStep + 1);
  const first = (type: Step['type']) => steps.find((s) => s.type === type);
  const last = (type: Step['type']) => {
    for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.type === type) return steps[i];
    return undefined;
  };
  const sectors = r.bvecs.reduce((n, b) => n + b.length, 0) / 512;
  const where = `${r.sector} + ${sectors}`;
  const rwbs = rwbsOf(sim, r);
  // A kernel that hit a BUG earlier is dead: nothing of this request is traced there.
  if (versions.every((v) => r.versions[v].status === 'not-run')) return;
  const bio = first('bio-built')!;
  const rejected = first('request-rejected');
  if (rejected?.type === 'request-rejected') {
    // generic_make_request_checks fails the bio before trace_block_bio_queue: no Q line.
    note(ctx, time(rejected.index), `bio ${where} failed before the queue: ${rejected.reason}`);
    return;
  }
  action(ctx, time(bio.index, 0), 'Q', rwbs, `${where} [${ctx.process}]`);
  action(ctx, time(bio.index, 1), 'G', rwbs, `${where} [${ctx.process}]`);
  action(ctx, time(bio.index, 2), 'I', rwbs, `${where} [${ctx.process}]`);
  const issued = first('grant-take') ?? first('kernel-bug') ?? bio;
  action(ctx, time(issued.index, 0), 'D', rwbs, `${where} [${ctx.process}]`);

  const mapped = last('ring-segment');
  if (mapped) {
    const segs = r.segments.map((s) => `${s.firstSect}..${s.lastSect}`).join(' ');
    note(
      ctx,
      time(mapped.index),
      `blkfront: ${r.segments.length} segment${r.segments.length === 1 ? '' : 's'}, grants ${r.grants.join(',')}, first_sect..last_sect ${segs}`,
    );
  }
  const queueBug = first('kernel-bug');
  if (queueBug?.type === 'kernel-bug') {
    note(ctx, time(queueBug.index), `blkfront: kernel BUG: ${queueBug.message}; no completion`);
    return;
  }
  const rejectedByBackend = first('backend-reject');
  if (rejectedByBackend?.type === 'backend-reject') {
    note(
      ctx,
      time(rejectedByBackend.index),
      `blkback: request rejected: ${rejectedByBackend.reason}`,
    );
  }
  const copied = last('completion-copy');
  const live = versions.filter((v) => r.versions[v].status !== 'not-run');
  if (copied && r.kind === 'read') {
    for (const v of live) note(ctx, time(copied.index), copyNotes(steps, v, r));
  }
  if (r.kind === 'write' && copied === undefined) {
    const done = last('request-done') ?? steps[steps.length - 1]!;
    for (const v of live) {
      const bad = r.versions[v].diskCorruptBytes;
      if (bad > 0)
        note(
          ctx,
          time(done.index),
          `${v}: this write puts ${bad} bytes on disk that differ from what a correct kernel writes (stale data an earlier wrong READ copy left in the buffer)`,
        );
    }
  }
  // The request completes in every version whose kernel is still alive after it.
  if (live.some((v) => r.versions[v].status !== 'BUG')) {
    const done = last('request-done') ?? steps[steps.length - 1]!;
    const error = r.status === 'ok' ? 0 : -EIO;
    action(ctx, time(done.index), 'C', rwbs, `${where} [${error}]`);
  }
}

function header(sim: Simulation, o: Required<Omit<BlkparseOptions, 'version'>>, v?: VersionId) {
  const title = (sim.scenario.title ?? 'untitled scenario').replace(/\s+/g, ' ');
  return [
    `# blkparse-style log of "${title}" on ${o.major},${o.minor} (xvdb), from the Scatterlist Explorer model.`,
    `# Time is synthetic: ${NS_PER_STEP} ns per model trace step. Each bio is one request (the model never merges, so there are no M/F lines); plug/unplug lines are left out.`,
    `# "m N" lines are notes: blkfront's segments and grants (pool ids) per request, and ${v ? `${v}'s` : "each version's"} READ completion copies, right or wrong.`,
  ];
}

/** The scenario's requests as blkparse would print them, with per-request blkfront notes. */
export function toBlkparseLog(sim: Simulation, options: BlkparseOptions = {}): string {
  // The notes need the step list; a simulation run without it is simply run again with it.
  const traced = sim.steps.length > 0 ? sim : simulate(sim.scenario, { trace: true });
  const o = {
    major: options.major ?? 202,
    minor: options.minor ?? 16,
    process: options.process ?? 'repro',
    pid: options.pid ?? 1000,
    header: options.header ?? true,
  };
  const ctx: Ctx = {
    dev: `${pad(o.major, 3)},${String(o.minor).padEnd(3)}`,
    process: o.process,
    pid: o.pid,
    seq: 0,
    lines: o.header ? header(traced, o, options.version) : [],
  };
  const versions = options.version ? [options.version] : VERSION_IDS;
  for (const r of traced.requests) logRequest(traced, r, ctx, versions);
  return `${ctx.lines.join('\n')}\n`;
}
