// CRC-32/ISO-HDLC (the zlib / IEEE 802.3 CRC), which the UEFI spec mandates for GPT header and
// partition-entry-array checksums. Reflected form: the table is indexed by the low byte.

const POLY_REFLECTED = 0xedb88320;

let table: Uint32Array | undefined;

// Built on first use so that importing the module costs nothing for scenarios without a GPT disk.
function crcTable(): Uint32Array {
  if (table) return table;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY_REFLECTED : c >>> 1;
    t[n] = c >>> 0;
  }
  table = t;
  return t;
}

/** CRC-32/ISO-HDLC of bytes[start, end), as an unsigned 32-bit number (the checksum GPT uses). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > bytes.length ||
    start > end
  ) {
    throw new Error(`crc32: bad range [${start}, ${end}) of ${bytes.length} bytes`);
  }
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) {
    // Both indexes are in range by construction; `?? 0` only satisfies noUncheckedIndexedAccess.
    c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
