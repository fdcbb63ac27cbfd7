// The op list reads like strace output: one line per op, the syscall a process would make (or the
// bio a stacked driver submits), so the scenario looks like the trace a bug report would carry.
import type { KernelConfig } from '../../model/config';
import { bvecsForBuffer } from '../../model/stages/directIo';
import { asArray, asNumber, asRecord } from './jsonTree';
import { hex } from './parseNumber';

const BVECS_SHOWN = 3;
const num = (v: unknown): string => {
  const n = asNumber(v);
  return n === undefined ? '?' : String(n);
};

/** One op as a line: `pread64(fd, 0xbc00, 16384, 1024)` or `submit_bio(READ, sector 8, …)`. */
export function straceLine(op: unknown, kernel: KernelConfig): string {
  const o = asRecord(op);
  const write = o.op === 'write';
  const sector = asNumber(o.sector);
  if (o.buffer !== undefined) {
    const buffer = asRecord(o.buffer);
    const address = asNumber(buffer.address);
    const length = asNumber(buffer.length);
    const offset = sector === undefined ? '?' : String(sector * 512);
    const call = `${write ? 'pwrite64' : 'pread64'}(fd, ${address === undefined ? '?' : hex(address)}, ${num(buffer.length)}, ${offset})`;
    // The only result the op alone decides: do_blockdev_direct_IO's alignment check.
    if (address !== undefined && length !== undefined && length > 0) {
      const cut = bvecsForBuffer(address, length, kernel);
      if (!cut.ok) return `${call} = -1 EINVAL`;
    }
    return call;
  }
  const bvecs = asArray(o.bvecs).map(asRecord);
  const shown = bvecs
    .slice(0, BVECS_SHOWN)
    .map((b) => `(${num(b.page)},${num(b.offset)},${num(b.length)})`);
  if (bvecs.length > BVECS_SHOWN) shown.push(`… +${bvecs.length - BVECS_SHOWN}`);
  return `submit_bio(${write ? 'WRITE' : 'READ'}, sector ${num(o.sector)}, ${shown.join(' ')})`;
}
