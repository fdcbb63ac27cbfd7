// Transport icons as inline SVG: font glyphs like ⏮ are missing from many system fonts (and from
// headless Chromium), and would show as empty boxes.
const PATHS = {
  start: 'M4 3h2v14H4zM17 3v14L7 10z',
  back: 'M15 3v14L5 10z',
  play: 'M6 3v14l11-7z',
  pause: 'M5 3h4v14H5zM11 3h4v14h-4z',
  forward: 'M5 3v14l10-7z',
  end: 'M14 3h2v14h-2zM3 3v14l10-7z',
} as const;

/** Name of a transport icon. */
export type TransportIconName = keyof typeof PATHS;

/** A 20×20 transport icon, hidden from assistive technology (buttons carry the names). */
export function TransportIcon({ name }: { name: TransportIconName }) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
