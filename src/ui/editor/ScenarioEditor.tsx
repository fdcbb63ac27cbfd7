// The scenario editor: a draft of the scenario JSON edited through forms, applied to the explorer
// whenever it is valid. Layout: status and issues on top; the op list next to the open op's form
// and the RAID helper; then scenario, kernel what-ifs, page frames, import and export.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerStore } from '../../state/StoreContext';
import { createDraftStore } from './draftStore';
import { EditorProvider } from './EditorContext';
import { EditorStatus } from './EditorStatus';
import { ImportExport } from './ImportExport';
import { IssueSummary } from './IssueSummary';
import { KernelPanel } from './KernelPanel';
import { MemoryFrames } from './MemoryFrames';
import { OpForm } from './OpForm';
import { OpList } from './OpList';
import { RaidStripeHelper } from './RaidStripeHelper';
import { ScenarioFields } from './ScenarioFields';
import './editor.css';

/** The scenario editor panel (its own heading; the host decides where it opens). */
export function ScenarioEditor() {
  const { t } = useTranslation('editor');
  const explorer = useExplorerStore();
  const [store] = useState(() => createDraftStore(explorer));
  useEffect(() => store.getState().connect(), [store]);
  const idPrefix = `sed${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const headingId = `${idPrefix}-heading`;
  return (
    <EditorProvider store={store} idPrefix={idPrefix}>
      <section className="sed" aria-labelledby={headingId}>
        <div className="sed-top">
          <h2 id={headingId}>{t('heading')}</h2>
          <EditorStatus />
        </div>
        <IssueSummary idPrefix={idPrefix} />
        <div className="sed-ops-grid">
          <OpList />
          <div className="sed-column">
            <OpForm />
            <RaidStripeHelper />
          </div>
        </div>
        <div className="sed-settings-grid">
          <ScenarioFields />
          <KernelPanel />
          <div className="sed-column">
            <MemoryFrames />
            <ImportExport />
          </div>
        </div>
      </section>
    </EditorProvider>
  );
}

/** Default export for React.lazy: the host loads the editor only when it is first opened. */
export default ScenarioEditor;
