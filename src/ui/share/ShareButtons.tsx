// "Copy link" (the scenario and version focus) and "Copy link to this step" (also the step). The
// link goes to the clipboard and a polite status says so; when the clipboard is unavailable the
// link appears in a selected text field to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeLink, linkStateOf } from '../../state/url';
import { useExplorerStore } from '../../state/StoreContext';
import { copyText } from './copyText';
import { shareUrl } from './shareUrl';
import './share.css';

type Shared = { readonly url: string; readonly copied: boolean; readonly withStep: boolean };

/** The two share buttons, their status line and, when needed, the link to copy by hand. */
export function ShareButtons() {
  const store = useExplorerStore();
  const [shared, setShared] = useState<Shared | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();

  const share = async (withStep: boolean) => {
    const state = linkStateOf(store.getState(), { step: withStep, speed: false });
    const url = shareUrl(encodeLink(state), document.baseURI);
    // Cleared first, so that copying twice announces "Link copied" twice.
    setShared(null);
    setShared({ url, copied: await copyText(url), withStep });
  };

  const fallback = shared !== null && !shared.copied;
  useEffect(() => {
    if (fallback) field.current?.select();
  }, [fallback, shared]);

  return (
    <div className="share">
      <div className="share-buttons">
        <button type="button" onClick={() => void share(false)}>
          {t('toolbar.copyLink')}
        </button>
        <button type="button" onClick={() => void share(true)}>
          {t('toolbar.copyStepLink')}
        </button>
      </div>
      <p className="share-status" role="status">
        {shared === null ? '' : shared.copied ? t('toolbar.linkCopied') : t('toolbar.noClipboard')}
      </p>
      {fallback && (
        <input
          ref={field}
          className="share-link"
          type="text"
          readOnly
          aria-label={shared.withStep ? t('toolbar.stepLinkField') : t('toolbar.linkField')}
          value={shared.url}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
