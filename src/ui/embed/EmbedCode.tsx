// "Copy embed code" for the full explorer: copies an <iframe> of the current view in embed mode.
// Where the clipboard API is missing or refused (http pages, some browsers, denied permission),
// a read-only field shows the code, selected, to copy by hand. A polite status says which.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedCode, withEmbedFlag } from './embedUrl';
import { useScenarioTitle } from './useScenarioTitle';
import './embedCode.css';

/** How long the "copied" status stays before it clears, ms. */
const STATUS_MS = 4000;

/** Copies `text` with the async clipboard API; false when there is none or it refuses. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The "Copy embed code" button, its status line, and the fallback field. */
export function EmbedCodeButton() {
  const title = useScenarioTitle();
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const { t } = useTranslation();

  useEffect(() => {
    if (fallback === null) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [fallback]);
  useEffect(() => {
    if (status === '' || fallback !== null) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status, fallback]);

  const copy = async () => {
    // Read the address now: the URL sync has written the current step and focus into it.
    const code = embedCode(withEmbedFlag(window.location.href), title);
    if (await copyToClipboard(code)) {
      setFallback(null);
      setStatus(t('toolbar.embedCopied'));
    } else {
      setFallback(code);
      setStatus(t('toolbar.embedNoClipboard'));
    }
  };
  const close = () => {
    setFallback(null);
    setStatus('');
    buttonRef.current?.focus();
  };

  return (
    <div className="embed-code">
      <button ref={buttonRef} type="button" className="embed-code-button" onClick={copy}>
        {t('toolbar.embed')}
      </button>
      <span
        className={`embed-code-status${fallback !== null ? ' is-manual' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status}
      </span>
      {fallback !== null && (
        <div
          className="embed-code-fallback"
          role="group"
          aria-label={t('toolbar.embedField')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <label htmlFor={fieldId}>{t('toolbar.embedFieldLabel')}</label>
          <textarea
            id={fieldId}
            ref={fieldRef}
            readOnly
            rows={4}
            value={fallback}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={close}>
            {t('toolbar.close')}
          </button>
        </div>
      )}
    </div>
  );
}
