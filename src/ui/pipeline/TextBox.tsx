// A rounded box with lines of monospace text: bio_vec, scatterlist and ring segment boxes.
// The layout sized it from the same lines (src/viz/labels.ts), so the text always fits.
import { memo, type ReactNode } from 'react';
import { BOX_PAD_X, type Box, LINE_H } from '../../viz/geometry';
import { enterOpacity } from '../../viz/tween';
import { useTween } from './tweenClock';

/** Props of TextBox. */
export interface TextBoxProps {
  readonly box: Box;
  readonly lines: readonly string[];
  /** Extra classes (pv-active...). */
  readonly className?: string;
  /** The step created this box: it fades in. */
  readonly entering?: boolean;
  /** Tooltip (an SVG <title>). */
  readonly title: string;
  /** Class per line (e.g. the first line bold). */
  readonly lineClasses?: readonly (string | undefined)[];
  readonly children?: ReactNode;
}

function TextBoxImpl(props: TextBoxProps) {
  const { box, lines, className, title, lineClasses, children, entering = false } = props;
  const t = useTween(entering);
  return (
    <g
      className={`pv-box ${className ?? ''}`}
      transform={`translate(${box.x},${box.y})`}
      opacity={entering ? enterOpacity(t) : undefined}
    >
      <title>{title}</title>
      <rect width={box.w} height={box.h} rx="4" />
      {lines.map((line, i) => (
        <text key={i} x={BOX_PAD_X} y={4 + LINE_H * i + 11} className={lineClasses?.[i]}>
          {line}
        </text>
      ))}
      {children}
    </g>
  );
}

/** A box with text lines and a tooltip; re-renders only when what it shows changes. */
export const TextBox = memo(
  TextBoxImpl,
  (a, b) =>
    a.box === b.box &&
    a.className === b.className &&
    a.entering === b.entering &&
    a.title === b.title &&
    a.children === b.children &&
    a.lines.join('\n') === b.lines.join('\n') &&
    (a.lineClasses ?? []).join(' ') === (b.lineClasses ?? []).join(' '),
);
