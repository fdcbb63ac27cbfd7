// "Edit scenario": a disclosure that loads the scenario editor only when opened (it is a separate
// chunk, so the first paint does not pay for it).
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ScenarioEditor = lazy(() => import('./editor/ScenarioEditor'));

/** The collapsible scenario editor. */
export function EditorDisclosure() {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  return (
    <details className="explorer-editor" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('toolbar.edit')}</summary>
      {open && (
        <Suspense fallback={<p className="explorer-loading">{t('toolbar.editLoading')}</p>}>
          <ScenarioEditor />
        </Suspense>
      )}
    </details>
  );
}
