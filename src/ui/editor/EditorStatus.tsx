// Whether the explorer shows the draft: "applied", or how many issues hold it back, and the way
// out of invalid edits ("Discard my edits"), which also takes a preset picked meanwhile.
import { useTranslation } from 'react-i18next';
import { useDraft, useDraftStore } from './EditorContext';

/** The editor's status line. */
export function EditorStatus() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const count = useDraft((s) => s.issues.length);
  const external = useDraft((s) => s.externalChange);
  return (
    <div className={count === 0 ? 'sed-status is-applied' : 'sed-status is-held'}>
      <p role="status">
        {count === 0 ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('status.applied')}
          </>
        ) : (
          <>
            <strong>{t('status.issues', { count })}</strong>
            {t('status.held')}
            {external && t('status.external')}
          </>
        )}
      </p>
      {count > 0 && (
        <button type="button" onClick={() => store.getState().discard()}>
          {t('status.discard')}
        </button>
      )}
    </div>
  );
}
