// The pipeline's horizontal bands, stacked top to bottom. A band's height is often known only
// after its contents are packed, so positions are computed lazily: `at(id)` is the sum of the
// heights above it at the time of the call, and callers lay bands out in order.
import { interpolateNumber } from 'd3-interpolate';

/** The bands of the pipeline view, top to bottom. */
export type RowId = 'buffer' | 'bvecs' | 'sg' | 'segments' | 'grants' | 'lanes' | 'message';

/** A band's position and heading. */
export interface RowFrame {
  readonly id: RowId;
  readonly y: number;
  readonly h: number;
  readonly title: string;
}

/** Top margin of the content, px. */
export const MARGIN_TOP_PX = 6;

/** A stack of bands under construction. */
export interface RowStack {
  /** Top of band `id` given the heights set so far. */
  at(id: RowId): number;
  setHeight(id: RowId, h: number): void;
  /** Bottom of the last band. */
  bottom(): number;
  frames(): readonly RowFrame[];
}

/** Starts a stack of bands in the given order. */
export function stackRows(
  specs: readonly { readonly id: RowId; readonly h: number; readonly title: string }[],
): RowStack {
  const rows = specs.map((s) => ({ ...s }));
  const at = (id: RowId) => {
    let y = MARGIN_TOP_PX;
    for (const r of rows) {
      if (r.id === id) return y;
      y += r.h;
    }
    throw new Error(`no row ${id}`);
  };
  return {
    at,
    setHeight(id, h) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new Error(`no row ${id}`);
      row.h = h;
    },
    bottom: () => rows.reduce((y, r) => y + r.h, MARGIN_TOP_PX),
    frames: () => rows.map((r) => ({ id: r.id, y: at(r.id), h: r.h, title: r.title })),
  };
}

/**
 * Vertical offset of each band while moving from `prev` to `next` at progress t: bands present
 * in both slide from their old top to the new one; bands new in `next` stay put (they fade in).
 */
export function rowOffsets(
  prev: readonly RowFrame[],
  next: readonly RowFrame[],
  t: number,
): ReadonlyMap<RowId, number> {
  const offsets = new Map<RowId, number>();
  for (const row of next) {
    const before = prev.find((p) => p.id === row.id);
    offsets.set(row.id, before ? interpolateNumber(before.y - row.y, 0)(t) : 0);
  }
  return offsets;
}
