// SVG patterns for cell states that colour alone must not carry: stale (diagonal hatch),
// uninitialised (dots), wrong (cross-hatch overlay), write data (horizontal lines overlay).
// Colours come from CSS custom properties, so patterns follow the light/dark theme.
import { PATTERNS, type PatternName } from '../../viz/palette';

/** Element id of pattern `name` under `prefix` (unique per SVG). */
export const patternId = (prefix: string, name: PatternName): string =>
  `${prefix}-${PATTERNS[name]}`;

/** Props of PatternDefs. */
export interface PatternDefsProps {
  /** Id prefix, unique per SVG (from useId). */
  readonly prefix: string;
}

/** The <defs> every pipeline drawing and legend swatch refers to. */
export function PatternDefs({ prefix }: PatternDefsProps) {
  return (
    <defs>
      <pattern
        id={patternId(prefix, 'stale')}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="pv-pat-stale-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="pv-pat-stale-line" />
      </pattern>
      <pattern id={patternId(prefix, 'uninit')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pv-pat-uninit-bg" />
        <circle cx="3" cy="3" r="1.3" className="pv-pat-uninit-dot" />
      </pattern>
      <pattern id={patternId(prefix, 'wrong')} width="7" height="7" patternUnits="userSpaceOnUse">
        <path d="M0,0L7,7M7,0L0,7" className="pv-pat-wrong-line" />
      </pattern>
      <pattern id={patternId(prefix, 'write')} width="4" height="4" patternUnits="userSpaceOnUse">
        <line x1="0" y1="1" x2="4" y2="1" className="pv-pat-write-line" />
      </pattern>
    </defs>
  );
}
