// A self-contained C program (C11 + POSIX, one file) that replays a scenario's I/O on a real
// device: one page-aligned arena whose page p is the scenario's page p, the ops in order with
// lseek + read/write (one buffer) or readv/writev (one iovec per bio_vec), every read compared
// with the self-describing pattern --prepare wrote. The header says what each completion version
// should show, from the model (expectedOutcome.ts).
import { DEFAULT_KERNEL, type KernelConfig } from '../config';
import type { Scenario } from '../scenario/validate';
import { VERSION_IDS, VERSION_INFO, commitUrl, type VersionId } from '../versions';
import type { Simulation } from '../simulate';
import { C_ENGINE, C_PRELUDE } from './cRuntime';
import { commentLines, commentText, cStringLiteral, hangingCommentLines } from './cText';
import { expectedOutcomes, patternDiskRun, type VersionExpectation } from './expectedOutcome';
import { userAccessFor, type UserAccess } from './userAccess';

/** Options of toCProgram. */
export interface CProgramOptions {
  /** Device path used in the header's examples (the program takes the device from argv). */
  readonly device?: string;
}

/** One op as the program issues it. */
interface PlannedOp {
  readonly index: number;
  readonly kind: 'read' | 'write';
  readonly sector: number;
  readonly bytes: number;
  readonly access: UserAccess;
  /** Why the program does not issue it (null: it does). */
  readonly skip: string | null;
  readonly modelOk: boolean;
}

const KERNEL_KEYS = Object.keys(DEFAULT_KERNEL) as (keyof KernelConfig)[];

function planOps(scenario: Scenario, sim: Simulation): PlannedOp[] {
  return scenario.ops.map((op, index) => {
    const access = userAccessFor(op, scenario.kernel, scenario.framesOf);
    const bytes = access.spans.reduce((n, s) => n + s.length, 0);
    const record = sim.ops[index];
    const beyondEnd = record?.reason?.includes('bio_check_eod') ?? false;
    const skip =
      access.kind === 'stacked'
        ? `needs a stacked driver: ${access.reason}`
        : beyondEnd
          ? `the scenario's disk ends at sector ${scenario.disk.sectors - 1}, where this op fails with EIO (bio_check_eod)`
          : null;
    return {
      index,
      kind: op.op,
      sector: op.sector,
      bytes,
      access,
      skip,
      modelOk: record?.status === 'ok',
    };
  });
}

/** Sector ranges [first, count] the runnable ops touch, merged and sorted. */
function touchedRanges(ops: readonly PlannedOp[]): [number, number][] {
  const spans = ops
    .filter((o) => o.skip === null && o.bytes > 0)
    .map((o) => [o.sector, o.sector + Math.ceil(o.bytes / 512)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out.map(([start, end]) => [start, end - start]);
}

const sectorList = (ranges: readonly [number, number][]) =>
  ranges.map(([first, count]) => (count === 1 ? `${first}` : `${first}..${first + count - 1}`));

/** The expected-outcome lines for one version (program output, in the program's own words). */
function expectationLines(e: VersionExpectation, ops: readonly PlannedOp[]): string[] {
  const info = VERSION_INFO[e.version];
  const lines = [`With ${e.version}'s completion copy (${info.title}):`];
  // Each line after the first is indented under it in the comment (see header()).
  for (const m of e.mismatches) {
    const op = ops[m.op];
    const last = m.sector + Math.ceil(m.length / 512) - 1;
    lines.push(
      `MISMATCH op ${m.op} (${op?.kind ?? 'read'} sector ${op?.sector ?? 0}): buffer bytes ${m.dataOffset}..${m.dataOffset + m.length - 1}, disk sectors ${m.sector}..${last}`,
    );
  }
  for (const [first, last] of e.diskRanges) {
    lines.push(`MISMATCH on disk: sectors ${first}..${last}`);
  }
  if (e.bug) {
    lines.push(
      `kernel BUG at op ${e.bug.op}: ${e.bug.message}. The guest kernel oopses; the program does not finish.`,
    );
  } else if (e.mismatches.length === 0 && e.diskRanges.length === 0) {
    lines.push('result: no mismatch (exit status 0)');
  } else {
    const n = e.mismatches.length + e.diskRanges.length;
    lines.push(`result: ${n} mismatch${n === 1 ? '' : 'es'} (exit status 1)`);
  }
  return lines;
}

function notes(scenario: Scenario, ops: readonly PlannedOp[]): string[] {
  const out: string[] = [];
  if (scenario.disk.content !== 'pattern') {
    out.push(
      `The scenario's disk holds "${scenario.disk.content}" content; this program writes the pattern instead, so every misplaced sector is visible. The outcome above is the model's on the pattern disk.`,
    );
  }
  const whatIfs = KERNEL_KEYS.filter((k) => scenario.input.kernel?.[k] !== undefined).map(
    (k) => `${k} ${String(scenario.kernel[k])}`,
  );
  if (whatIfs.length > 0) {
    out.push(
      `The scenario sets kernel what-ifs (${whatIfs.join(', ')}); a real kernel uses its own limits (3.8 blkfront: 4096-byte pages, 11 segments, 512 sectors per request), so the same accesses may be split or mapped differently.`,
    );
  }
  if (Object.keys(scenario.input.memory?.pages ?? {}).length > 0) {
    out.push(
      'The scenario chooses physical and machine frames for some pages; user space cannot, so scatterlist merges that depend on them may differ.',
    );
  }
  const skipped = ops.filter((o) => o.skip !== null).map((o) => o.index);
  if (skipped.length > 0) {
    out.push(
      `The program skips op${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} (see the comment at each); the outcome above assumes every op ran.`,
    );
  }
  return out;
}

function header(
  scenario: Scenario,
  ops: readonly PlannedOp[],
  device: string,
  expected: Record<VersionId, VersionExpectation>,
): string {
  const title = scenario.title ?? 'untitled scenario';
  const ranges = sectorList(touchedRanges(ops));
  const written = sectorList(touchedRanges(ops.filter((o) => o.kind === 'write')));
  const lines: string[] = ['/*', ...commentLines(`Reproducer: ${title}`)];
  lines.push(' * Generated by Scatterlist Explorer from a scenario file (format version 1).');
  if (scenario.description) lines.push(' *', ...commentLines(scenario.description));
  lines.push(
    ' *',
    ...commentLines(
      `WARNING: --prepare OVERWRITES sectors ${ranges.join(', ') || '(none)'} of the device with a test pattern${written.length > 0 ? `, and the scenario's writes overwrite sectors ${written.join(', ')} on every run` : ''}. Run it only on a scratch virtual disk that holds nothing you need. The program refuses a block device that is mounted or in use (it opens block devices with O_EXCL).`,
    ),
    ' *',
    ...commentLines(
      `What it does: allocates one page-aligned arena (page p of the scenario is arena + p * ${scenario.kernel.pageSize}) and replays the scenario's ops in order on the device, opened with O_DIRECT: lseek to the op's sector, then read/write for one buffer or readv/writev with one iovec per bio_vec. Every read is compared, 512 bytes at a time, with what the disk should hold (the pattern, or what a correct kernel would have written there earlier); each differing range is printed with the op, the byte offsets in the op's buffer, the disk sectors and the first bytes expected and got. At the end it reads back every sector the scenario wrote and compares it the same way. Exit status: 0 no mismatch, 1 mismatch, 2 usage or I/O error.`,
    ),
    ' *',
    ' * Build:',
    ' *   cc -O2 -Wall -o repro repro.c',
    ' *',
    ' * Run in a Xen PV guest, as root, on a scratch disk attached through xen-blkfront, with',
    ' * nothing else using it (other I/O changes which persistent grants hold what):',
    ` *   ./repro --prepare ${commentText(device)}   # write the pattern, then replay and check`,
    ` *   ./repro ${commentText(device)}             # replay and check (the pattern must be there)`,
    ...commentLines(
      `Run with --prepare each time if the scenario writes. --no-direct opens the device without O_DIRECT: it is only for testing this program on a file system that refuses O_DIRECT (such as tmpfs), and never shows the bug.`,
    ),
    ' *',
    " * Expected outcome (from the model; the program's MISMATCH and result lines):",
  );
  for (const v of VERSION_IDS) {
    expectationLines(expected[v], ops).forEach((l, i) =>
      lines.push(...hangingCommentLines(l, 88, i === 0 ? ' *   ' : ' *     ', ' *       ')),
    );
  }
  const n = notes(scenario, ops);
  if (n.length > 0) {
    lines.push(' *', ' * Notes:');
    for (const note of n) lines.push(...hangingCommentLines(note, 88, ' *   - ', ' *     '));
  }
  lines.push(' *', ' * The three completion copies:');
  for (const v of VERSION_IDS) lines.push(` *   ${v}: ${commitUrl(v)}`);
  lines.push(' */');
  return lines.join('\n');
}

function opComment(scenario: Scenario, op: PlannedOp): string[] {
  const src = scenario.ops[op.index]!;
  const k = scenario.kernel;
  const where = (address: number) =>
    `page ${Math.floor(address / k.pageSize)} + ${address % k.pageSize}`;
  const lines = [
    `${op.kind} ${op.bytes} bytes at sector ${op.sector}${src.label ? `: ${src.label}` : ''}.`,
  ];
  if (op.access.kind === 'buffer') {
    const s = op.access.spans[0]!;
    lines.push(`Buffer at arena + ${s.address} (${where(s.address)}).`);
  } else {
    lines.push(
      `bio_vecs ${op.access.spans.map((s) => `(${where(s.address)}, ${s.length})`).join(' ')}.`,
    );
  }
  if (src.kind === 'bvecs' && op.access.kind !== 'stacked') {
    lines.push(
      op.access.kind === 'vector'
        ? `The scenario has a stacked driver build this bio; an O_DIRECT ${op.kind === 'read' ? 'readv' : 'writev'} with one iovec per bio_vec builds the same one (fs/direct-io.c keeps one bio open across iovecs while the sectors stay consecutive), so no md device is needed.`
        : 'The scenario has a stacked driver build this bio; one O_DIRECT buffer builds the same one.',
    );
  }
  if (op.access.kind === 'stacked') {
    lines.push(
      `Not issued: this program cannot build this bio from user space (${op.access.reason}). A stacked driver builds such bios, e.g. md RAID over xen-blkfront with a 4 KiB chunk, which reads or writes a whole chunk around a smaller O_DIRECT access on /dev/mdN and puts its own scratch pages around the user's page.`,
    );
  } else if (op.skip) {
    lines.push(`Not issued: ${op.skip}.`);
  }
  if (src.fill) {
    const f = src.fill;
    const what = 'byte' in f ? `byte 0x${f.byte.toString(16)}` : `the text "${f.text}"`;
    lines.push(
      `Before the syscall the process writes ${what} over bytes ${f.offset ?? 0}..${(f.offset ?? 0) + (f.length ?? op.bytes - (f.offset ?? 0)) - 1} of its buffer.`,
    );
  }
  return commentLines(lines.join(' '), 88, '\t * ');
}

function opEntry(scenario: Scenario, op: PlannedOp): string {
  const src = scenario.ops[op.index]!;
  const f = src.fill;
  const offset = f?.offset ?? 0;
  const length = f ? (f.length ?? op.bytes - offset) : 0;
  const fill = !f
    ? '{ FILL_NONE, 0, NULL, 0, 0 }'
    : 'byte' in f
      ? `{ FILL_BYTE, ${f.byte}, NULL, ${offset}, ${length} }`
      : `{ FILL_TEXT, 0, ${cStringLiteral(f.text)}, ${offset}, ${length} }`;
  return [
    '\t/*',
    ...opComment(scenario, op),
    '\t */',
    `\t{ ${op.index}, ${op.kind === 'write' ? 1 : 0}, ${op.sector}, op${op.index}_spans, ${op.access.spans.length}, ${fill}, ${op.modelOk ? 1 : 0},`,
    `\t  ${op.skip ? cStringLiteral(op.skip) : 'NULL'}, ${src.label ? cStringLiteral(src.label) : 'NULL'} },`,
  ].join('\n');
}

/**
 * A C11 + POSIX program replaying the scenario's I/O on a device and reporting every byte a read
 * returns that is not what the disk holds (see the program's header for build and run).
 */
export function toCProgram(scenario: Scenario, options: CProgramOptions = {}): string {
  const device = options.device ?? '/dev/xvdb';
  // One traced run on the pattern disk --prepare writes: the ops' outcomes and the expectations.
  const sim = patternDiskRun(scenario);
  const ops = planOps(scenario, sim);
  const expected = expectedOutcomes(scenario, sim);
  const k = scenario.kernel;
  const arenaBytes = Math.max(
    k.pageSize,
    ...ops.flatMap((o) => o.access.spans.map((s) => s.address + s.length)),
  );
  const arenaPages = Math.ceil(arenaBytes / k.pageSize);
  const ranges = touchedRanges(ops);
  const needed = Math.max(1, ...ranges.map(([first, count]) => first + count));
  // At least 2: gcc's access checks look at the readv branch even when every op has one buffer.
  const maxSpans = Math.max(2, ...ops.map((o) => o.access.spans.length));
  const spans = ops.map(
    (o) =>
      `static const struct span op${o.index}_spans[] = { ${o.access.spans
        .map((s) => `{ ${s.address}, ${s.length} }`)
        .join(', ')} };`,
  );
  const prepareRanges =
    ranges.length > 0 ? ranges.map(([f, c]) => `{ ${f}, ${c} }`).join(', ') : '{ 0, 0 }';
  return [
    header(scenario, ops, device, expected),
    '',
    C_PRELUDE,
    `#define PAGE_BYTES ${k.pageSize} /* the scenario's page size */`,
    `#define ARENA_PAGES ${arenaPages}`,
    `#define NEEDED_SECTORS ${needed}LL /* the device must have at least this many sectors */`,
    `#define MAX_SPANS ${maxSpans}`,
    '',
    '/* Sectors --prepare fills with the pattern: { first, count }. */',
    `static const struct range prepare_ranges[] = { ${prepareRanges} };`,
    '',
    ...spans,
    '',
    "/* The scenario's ops, in order. */",
    'static const struct op ops[] = {',
    ...ops.map((o) => opEntry(scenario, o)),
    '};',
    C_ENGINE,
  ].join('\n');
}
