// "Open in full explorer": the page's own URL without the embed flag, in a new tab. The URL sync
// keeps the address in step with the store, so the href is recomputed whenever the link is about
// to be used (the render-time value may be a step behind).
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../state/StoreContext';
import { withoutEmbedFlag } from './embedUrl';

const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
  e.currentTarget.href = withoutEmbedFlag(window.location.href);
};

/** A link to the full explorer at the same scenario, step and focus, opening in a new tab. */
export function OpenFullLink() {
  // Subscribed only so the href follows the state the URL sync writes.
  useExplorer((s) => s.step);
  useExplorer((s) => s.focus);
  useExplorer((s) => s.scenarioJson);
  const { t } = useTranslation();
  return (
    <a
      className="embed-open-full"
      href={withoutEmbedFlag(window.location.href)}
      target="_blank"
      rel="noopener"
      title={t('embed.newTab')}
      onClick={refresh}
      onAuxClick={refresh}
      onContextMenu={refresh}
      onFocus={refresh}
      onPointerEnter={refresh}
    >
      {t('embed.openFull')}
      <svg className="embed-open-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" />
      </svg>
    </a>
  );
}
