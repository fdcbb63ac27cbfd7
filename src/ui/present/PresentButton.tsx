// "Present": switches the explorer to presentation mode and asks for fullscreen. Fullscreen must
// be requested inside the click (a user gesture); a refusal or an old browser only means the
// presentation runs in the window.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerStore } from '../../state/StoreContext';
import './presentButton.css';

// When the presentation ends, the full explorer mounts again: put keyboard focus back on this
// button, where the presenter left it, instead of losing it to the page body.
let focusOnReturn = false;

/** The button that starts presentation mode (no props: it drives the explorer store). */
export function PresentButton() {
  const store = useExplorerStore();
  const ref = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (!focusOnReturn) return;
    focusOnReturn = false;
    ref.current?.focus();
  }, []);
  const present = () => {
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    focusOnReturn = true;
    store.getState().setMode('present');
  };
  return (
    <button
      ref={ref}
      type="button"
      className="present-button"
      onClick={present}
      title={t('toolbar.presentHint')}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M1.5 2.5h13v8h-13zM8 10.5v3M5 14h6" />
      </svg>
      {t('toolbar.present')}
    </button>
  );
}
