// "Exports" in the explorer toolbar: a disclosure listing what can be saved (scenario JSON, the
// pipeline picture as SVG or PNG, the C reproducer, the blktrace-style log). It is a native
// <details>, so it opens with Enter/Space and every entry is a plain button in tab order; Esc
// closes it and puts focus back on its summary. The serialisers are a lazy chunk fetched on the
// first click, so this component is all the first paint pays for.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerStore } from '../../state/StoreContext';
import { useScenarioTitle } from '../embed/useScenarioTitle';
import type { ExportKind } from './exportActions';
import { problemCode } from './exportProblem';
import './exports.css';

/** The menu's entries, in the order shown; label and hint are `entries.<kind>` in `exports`. */
const ENTRIES: readonly ExportKind[] = [
  'scenario-json',
  'pipeline-svg',
  'pipeline-png',
  'c-program',
  'blktrace',
];

/** The Exports menu (no props: it reads the explorer store). */
export function ExportsMenu() {
  const store = useExplorerStore();
  const title = useScenarioTitle();
  const { t } = useTranslation('exports');
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
      setStatus({ text: t('saved', { name }), failed: false });
    } catch (e) {
      // A problem this module knows is said in the interface language; anything else (a browser
      // error) is shown as the browser worded it.
      const code = problemCode(e);
      const why = code ? t(`problems.${code}`) : e instanceof Error ? e.message : String(e);
      setStatus({ text: t('failed', { why }), failed: true });
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
      <summary>{t('menu')}</summary>
      <div className="exports-popup" role="group" aria-label={t('menu')}>
        <ul>
          {ENTRIES.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                onClick={() => void save(kind)}
                disabled={busy !== null}
                aria-describedby={`${hintId}-${kind}`}
              >
                {t(`entries.${kind}.label`)}
              </button>
              <span id={`${hintId}-${kind}`} className="exports-hint">
                {busy === kind ? t('saving') : t(`entries.${kind}.hint`)}
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
