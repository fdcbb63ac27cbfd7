// New ops and bio_vecs for the Add buttons, and turning an op from one kind into the other while
// keeping what carries over (direction, sector, label, fill).
import type { KernelConfig } from '../../model/config';
import { MAX_EXPLICIT_BVECS, MAX_PAGES } from '../../model/scenario/limits';
import { bvecsForBuffer } from '../../model/stages/directIo';
import { asArray, asNumber, asRecord, type JsonObject } from './jsonTree';

/** The op "Add op" inserts: a page-aligned 4 KiB O_DIRECT read of sector 0 into page 0. */
export const NEW_OP: JsonObject = { op: 'read', sector: 0, buffer: { address: 0, length: 4096 } };

/** The bio_vec "Add bio_vec" appends: one sector at the start of the page after the last one. */
export function nextBvec(bvecs: unknown): JsonObject {
  const last = asRecord(asArray(bvecs).at(-1));
  const page = asNumber(last.page);
  return {
    page: page === undefined ? 0 : Math.min(MAX_PAGES - 1, page + 1),
    offset: 0,
    length: 512,
  };
}

/** The op's fields that mean the same for both kinds. */
function common(op: JsonObject): JsonObject {
  const { buffer: _buffer, bvecs: _bvecs, ...rest } = op;
  return rest;
}

/** The op as an explicit-bvecs op: its buffer cut as direct-io would, or one sector on page 0. */
export function toBvecOp(op: JsonObject, kernel: KernelConfig): JsonObject {
  const buffer = asRecord(op.buffer);
  const address = asNumber(buffer.address);
  const length = asNumber(buffer.length);
  const cut =
    address !== undefined && length !== undefined && length > 0 && length <= 1 << 20
      ? bvecsForBuffer(address, length, kernel)
      : null;
  const bvecs =
    cut?.ok && cut.value.length <= MAX_EXPLICIT_BVECS
      ? cut.value.map((b) => ({ page: b.page as number, offset: b.offset, length: b.length }))
      : [{ page: 0, offset: 0, length: 512 }];
  return { ...common(op), bvecs };
}

/** The op as a buffer op: from its first bio_vec's address, for the bio_vecs' total length. */
export function toBufferOp(op: JsonObject, kernel: KernelConfig): JsonObject {
  const bvecs = asArray(op.bvecs).map(asRecord);
  const first = bvecs[0] ?? {};
  const address = (asNumber(first.page) ?? 0) * kernel.pageSize + (asNumber(first.offset) ?? 0);
  const length = bvecs.reduce((sum, b) => sum + (asNumber(b.length) ?? 0), 0);
  return { ...common(op), buffer: { address, length: length > 0 ? length : 4096 } };
}
