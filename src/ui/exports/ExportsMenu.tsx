// "Exports" in the explorer toolbar: a disclosure listing what can be saved (scenario JSON, the
// pipeline picture as SVG or PNG, the C reproducer, the blktrace-style log). It is a native
// <details>, so it opens with Enter/Space and every entry is a plain button in tab order; Esc
// closes it and puts focus back on its summary. The serialisers are a lazy chunk fetched on the
// first click, so this component is all the first paint pays for.
import { useEffect, useId, useRef, useState } from 'react';
import { useExplorerStore } from '../../state/StoreContext';
import { useScenarioTitle } from '../embed/useScenarioTitle';
import type { ExportKind } from './exportActions';
import './exports.css';

/** The menu's entries, in the order shown, with what each saves. */
const ENTRIES: readonly { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'scenario-json', label: 'Scenario JSON', hint: 'the scenario file (.json)' },
  { kind: 'pipeline-svg', label: 'Pipeline picture (SVG)', hint: 'this step, as on screen' },
  { kind: 'pipeline-png', label: 'Pipeline picture (PNG)', hint: 'this step, at 2× size' },
  { kind: 'c-program', label: 'C reproducer', hint: 'O_DIRECT program for these ops (.c)' },
  { kind: 'blktrace', label: 'blktrace log', hint: 'blkparse-style lines per request' },
];

/** The Exports menu (no props: it reads the explorer store). */
export function ExportsMenu() {
  const store = useExplorerStore();
  const title = useScenarioTitle();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const hintId = useId();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState<ExportKind | null>(null);

  // A click outside closes the open menu, as a menu button's popup would.
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      const details = detailsRef.current;
      if (details?.open && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  const save = async (kind: ExportKind) => {
    setBusy(kind);
    setStatus(null);
    try {
      const { saveExport } = await import('./exportActions');
      const name = await saveExport(kind, store.getState(), title);
      setStatus({ text: `Saved ${name}`, failed: false });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setStatus({ text: `Could not save: ${why}`, failed: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <details
      ref={detailsRef}
      className="exports-menu"
      onKeyDown={(e) => {
        // Space on the summary opens the menu; the window's play/pause shortcut must not see it
        // (it leaves only buttons and form fields alone, and a <summary> is neither).
        if (e.key === ' ' && (e.target as Element).tagName === 'SUMMARY') e.stopPropagation();
        if (e.key !== 'Escape' || !detailsRef.current?.open) return;
        e.stopPropagation();
        detailsRef.current.open = false;
        detailsRef.current.querySelector('summary')?.focus();
      }}
    >
      <summary>Exports</summary>
      <div className="exports-popup" role="group" aria-label="Exports">
        <ul>
          {ENTRIES.map((entry) => (
            <li key={entry.kind}>
              <button
                type="button"
                onClick={() => void save(entry.kind)}
                disabled={busy !== null}
                aria-describedby={`${hintId}-${entry.kind}`}
              >
                {entry.label}
              </button>
              <span id={`${hintId}-${entry.kind}`} className="exports-hint">
                {busy === entry.kind ? 'saving…' : entry.hint}
              </span>
            </li>
          ))}
        </ul>
        <p
          className={`exports-status${status?.failed ? ' is-failed' : ''}`}
          role="status"
          aria-live="polite"
        >
          {status?.text}
        </p>
      </div>
    </details>
  );
}
