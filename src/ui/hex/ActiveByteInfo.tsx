// The active byte spelled out (a polite live region): its value on both sides and where it lives.
// Screen reader users hear it as they move through the grid; sighted users get it without hovering.
import { useTranslation } from 'react-i18next';
import { asciiChar, byteLocation, differsAt, hexPair, type RequestDump } from '../../viz/hexdump';

/** Props of ActiveByteInfo. */
export interface ActiveByteInfoProps {
  readonly dump: RequestDump;
  /** Buffer offset of the byte to describe. */
  readonly index: number;
}

/** One line about the active byte: read vs disk value, buffer, page and disk offsets. */
export function ActiveByteInfo({ dump, index }: ActiveByteInfoProps) {
  const { t } = useTranslation('hex');
  const shown = (b: number | null) =>
    b === null ? t('byte.notCopied') : `${hexPair(b)} '${asciiChar(b)}'`;
  const at = byteLocation(dump, index);
  const read = dump.process.byteAt(index);
  const disk = dump.disk.byteAt(index);
  const verdict = read === null ? '' : differsAt(dump, index) ? t('byte.differs') : t('byte.same');
  return (
    <p className="hex-info" aria-live="polite">
      <strong>+{index.toString(16).padStart(8, '0')}</strong>
      {t('byte.info', {
        index,
        read: shown(read),
        disk: shown(disk),
        verdict,
        page: at.page,
        offset: at.pageOffset,
        diskOffset: at.diskOffset,
        lba: at.sector,
        byte: index % 512,
      })}
    </p>
  );
}
