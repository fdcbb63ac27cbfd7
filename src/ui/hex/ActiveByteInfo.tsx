// The active byte spelled out (a polite live region): its value on both sides and where it lives.
// Screen reader users hear it as they move through the grid; sighted users get it without hovering.
import { asciiChar, byteLocation, differsAt, hexPair, type RequestDump } from '../../viz/hexdump';

/** Props of ActiveByteInfo. */
export interface ActiveByteInfoProps {
  readonly dump: RequestDump;
  /** Buffer offset of the byte to describe. */
  readonly index: number;
}

const shown = (b: number | null) =>
  b === null ? '.. (not copied yet)' : `${hexPair(b)} '${asciiChar(b)}'`;

/** One line about the active byte: read vs disk value, buffer, page and disk offsets. */
export function ActiveByteInfo({ dump, index }: ActiveByteInfoProps) {
  const at = byteLocation(dump, index);
  const read = dump.process.byteAt(index);
  const disk = dump.disk.byteAt(index);
  const verdict = read === null ? '' : differsAt(dump, index) ? ' — differs' : ' — same';
  return (
    <p className="hex-info" aria-live="polite">
      <strong>+{index.toString(16).padStart(8, '0')}</strong> ({index}): read {shown(read)}, disk
      holds {shown(disk)}
      {verdict}. Page {at.page} offset {at.pageOffset}; disk offset {at.diskOffset} (LBA {at.sector}{' '}
      byte {index % 512}). Click or press Enter on a byte to see where it came from.
    </p>
  );
}
