// One page as pageSize/512 cells. The row's bio_vec is filled, other bio_vecs of the same op on
// this page are hatched (so overlaps show), and a pointer drag selects a new 512-aligned range.
// Keyboard users set the same range with the row's offset and length inputs.
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellAtX, cellsOfRange, rangeOfCells } from './pageStrip';

const CELL_PX = 18;
const HEIGHT = 22;

/** Props of PageStrip. */
export interface PageStripProps {
  readonly page: number | undefined;
  readonly pageSize: number;
  /** This row's bio_vec (offset, length), possibly half-typed. */
  readonly offset: unknown;
  readonly length: unknown;
  /** The op's other bio_vecs on the same page. */
  readonly others: readonly { readonly offset: unknown; readonly length: unknown }[];
  /** Called once at the end of a drag with the selected range. */
  readonly onSelect: (range: { offset: number; length: number }) => void;
}

/** The drag-to-select page strip of a bio_vec row. */
export function PageStrip({ page, pageSize, offset, length, others, onSelect }: PageStripProps) {
  const { t } = useTranslation('editor');
  const cells = Math.max(1, pageSize / 512);
  // Wide enough to hit a cell at 4 KiB pages, bounded so 64 KiB pages still fit the row.
  const width = Math.min(288, Math.max(144, cells * CELL_PX));
  const cw = width / cells;
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const cellOf = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return cellAtX(e.clientX - box.left, box.width, cells);
  };
  const own = drag
    ? { first: Math.min(drag.a, drag.b), last: Math.max(drag.a, drag.b) }
    : cellsOfRange(offset, length, cells);
  const label =
    own === null
      ? t('bvecs.stripNone', { page: page ?? '?' })
      : t('bvecs.stripRange', {
          page: page ?? '?',
          first: own.first * 512,
          last: (own.last + 1) * 512 - 1,
          size: pageSize,
        });
  return (
    <svg
      ref={svg}
      className="sed-strip"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-label={t('bvecs.stripHelp', { label })}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const c = cellOf(e);
        setDrag({ a: c, b: c });
      }}
      onPointerMove={(e) => drag && setDrag({ a: drag.a, b: cellOf(e) })}
      onPointerUp={() => {
        if (drag) onSelect(rangeOfCells(drag.a, drag.b));
        setDrag(null);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      <title>{label}</title>
      {Array.from({ length: cells }, (_, c) => (
        <rect key={c} className="sed-strip-cell" x={c * cw} y={1} width={cw} height={HEIGHT - 2} />
      ))}
      {others.map((o, i) => {
        const r = cellsOfRange(o.offset, o.length, cells);
        return (
          r && (
            <rect
              key={i}
              className="sed-strip-other"
              x={r.first * cw}
              y={1}
              width={(r.last - r.first + 1) * cw}
              height={HEIGHT - 2}
            />
          )
        );
      })}
      {own && (
        <rect
          className={drag ? 'sed-strip-own is-dragging' : 'sed-strip-own'}
          x={own.first * cw + 1}
          y={3}
          width={(own.last - own.first + 1) * cw - 2}
          height={HEIGHT - 6}
          rx={2}
        />
      )}
    </svg>
  );
}
