// O_DIRECT user buffer -> bio_vecs, after fs/direct-io.c (3.8): the buffer must be aligned to the
// logical block size, and is cut at page boundaries; chunks of one page that touch are one bio_vec
// (dio_send_cur_page extends cur_page when the next chunk continues it).
import { err, ok, type Result } from '../../lib/result';
import type { KernelConfig } from '../config';
import { pageIndex } from '../units';
import type { Bvec } from './bvec';

/** Why the syscall fails before any I/O, as do_blockdev_direct_IO() decides. */
export interface DirectIoError {
  readonly errno: 'EINVAL';
  readonly reason: string;
}

/** Cuts an O_DIRECT buffer into one bio_vec per page touched, or EINVAL if misaligned. */
export function bvecsForBuffer(
  address: number,
  length: number,
  kernel: KernelConfig,
): Result<Bvec[], DirectIoError> {
  const block = kernel.sectorSize;
  if (address % block !== 0) {
    return err({
      errno: 'EINVAL',
      reason: `buffer address ${address} is not a multiple of the logical block size ${block}`,
    });
  }
  if (length % block !== 0) {
    return err({
      errno: 'EINVAL',
      reason: `length ${length} is not a multiple of the logical block size ${block}`,
    });
  }
  const bvecs: Bvec[] = [];
  let at = address;
  const end = address + length;
  while (at < end) {
    const page = Math.floor(at / kernel.pageSize);
    const offset = at - page * kernel.pageSize;
    const chunk = Math.min(kernel.pageSize - offset, end - at);
    bvecs.push({ page: pageIndex(page), offset, length: chunk });
    at += chunk;
  }
  return ok(bvecs);
}
