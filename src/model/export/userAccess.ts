// Which system call reproduces an op's bio from user space. A buffer op is one pread/pwrite. An
// explicit-bio_vec op needs one bio whose bio_vecs are exactly the scenario's: fs/direct-io.c
// (do_blockdev_direct_IO's iovec loop, 2.6 to 3.x) keeps one bio open across the iovecs of a
// preadv/pwritev while the disk sectors stay consecutive, and adds each iovec's page chunks as
// bio_vecs (submit_page_section merges only chunks of the same page that touch). So an O_DIRECT
// preadv with one iovec per bio_vec builds the stacked driver's layout, unless direct-io would
// merge two of them or the queue limits would split the bio.
import type { KernelConfig } from '../config';
import type { BufferOp, BvecOp, PageFrames } from '../scenario/validate';
import { buildBios } from '../stages/bios';
import { formatBvecs, type Bvec } from '../stages/bvec';
import { bvecsForBuffer } from '../stages/directIo';
import type { PageIndex } from '../units';

/** `length` bytes at byte `address` of the scenario's flat address space. */
export interface IoSpan {
  readonly address: number;
  readonly length: number;
}

/** How a program reproduces an op: one buffer, one iovec per bio_vec, or not at all. */
export type UserAccess =
  | { readonly kind: 'buffer'; readonly spans: readonly IoSpan[] }
  | { readonly kind: 'vector'; readonly spans: readonly IoSpan[] }
  | { readonly kind: 'stacked'; readonly spans: readonly IoSpan[]; readonly reason: string };

const sameBvecs = (a: readonly Bvec[], b: readonly Bvec[]) =>
  a.length === b.length &&
  a.every(
    (x, i) => x.page === b[i]?.page && x.offset === b[i]?.offset && x.length === b[i]?.length,
  );

/** Joins spans that continue each other in the address space (one iovec covers both). */
function joinSpans(spans: readonly IoSpan[]): IoSpan[] {
  const out: IoSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.address + last.length === s.address) {
      out[out.length - 1] = { address: last.address, length: last.length + s.length };
    } else out.push(s);
  }
  return out;
}

/** The bio_vecs direct-io builds from iovecs: page cuts, then same-page touching chunks merged. */
function directIoBvecs(spans: readonly IoSpan[], kernel: KernelConfig): Bvec[] | string {
  const out: Bvec[] = [];
  for (const s of spans) {
    const cut = bvecsForBuffer(s.address, s.length, kernel);
    if (!cut.ok) return cut.error.reason;
    for (const bv of cut.value) {
      const last = out[out.length - 1];
      if (last && last.page === bv.page && last.offset + last.length === bv.offset) {
        out[out.length - 1] = { ...last, length: last.length + bv.length };
      } else out.push(bv);
    }
  }
  return out;
}

/** The user-level access that builds `op`'s bio(s), or why only a stacked driver can. */
export function userAccessFor(
  op: BufferOp | BvecOp,
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): UserAccess {
  if (op.kind === 'buffer') {
    return { kind: 'buffer', spans: [{ address: op.address, length: op.length }] };
  }
  const perBvec = op.bvecs.map((b) => ({
    address: b.page * kernel.pageSize + b.offset,
    length: b.length,
  }));
  const spans = joinSpans(perBvec);
  const built = directIoBvecs(spans, kernel);
  if (typeof built === 'string') {
    return { kind: 'stacked', spans: perBvec, reason: `O_DIRECT would refuse it: ${built}` };
  }
  if (!sameBvecs(built, op.bvecs)) {
    return {
      kind: 'stacked',
      spans: perBvec,
      reason: `direct-io would build different bio_vecs from these iovecs: ${formatBvecs(built)}`,
    };
  }
  const bios = buildBios(op.sector, built, kernel, framesOf);
  if (bios.length !== 1) {
    return {
      kind: 'stacked',
      spans: perBvec,
      reason: `the queue limits would split it into ${bios.length} bios; a stacked driver submits it as one`,
    };
  }
  return spans.length === 1 ? { kind: 'buffer', spans } : { kind: 'vector', spans };
}
