// Scenario JSON in and out: paste into the box or open a file (either replaces the draft, which
// is applied at once if valid), and download the scenario the explorer shows, named after its
// title. Download always saves a valid file: while the draft has issues, that is the last valid one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../state/StoreContext';
import { downloadText } from '../exports/download';
import { useDraft, useDraftStore } from './EditorContext';
import { FieldMessages } from './Field';
import { asRecord } from './jsonTree';
import type { FieldProblem } from './parseNumber';
import { fileNameFor, parseImportText, scenarioFileText } from './scenarioFile';

/** Paste box, file picker and download button. */
export function ImportExport() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const applied = useExplorer((s) => s.scenarioJson);
  const draft = useDraft((s) => s.draft);
  const draftValid = useDraft((s) => s.issues.length === 0);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ids = useId();
  const fileName = fileNameFor(asRecord(applied).title);
  const load = (source: string, from: string) => {
    const parsed = parseImportText(source);
    setProblem(parsed.ok ? null : parsed.error);
    if (!parsed.ok) return setDone(null);
    store.getState().replace(parsed.value, 0);
    const issues = store.getState().issues.length;
    setDone(
      issues === 0 ? t('io.imported', { from }) : t('io.importedIssues', { from, count: issues }),
    );
  };
  return (
    <section className="sed-panel sed-io" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>{t('io.heading')}</h3>
      <div className="sed-field">
        <label htmlFor={`${ids}-paste`} className="sed-label">
          {t('io.paste')}
        </label>
        <textarea
          id={`${ids}-paste`}
          className="sed-input sed-textarea sed-code"
          rows={5}
          spellCheck={false}
          value={text}
          placeholder={t('io.placeholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids}-problem` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <FieldMessages
          id={`${ids}-problem`}
          messages={problem ? [t(problem.key, { ...problem.params })] : []}
        />
      </div>
      <div className="sed-toolbar">
        <button type="button" onClick={() => load(text, t('io.pasted'))}>
          {t('io.import')}
        </button>
        {/* The box doubles as a raw JSON editor, e.g. for keys the form has no field for. */}
        <button type="button" onClick={() => setText(scenarioFileText(draft))}>
          {t('io.copyDraft')}
        </button>
        <label className="sed-file">
          <span>{t('io.open')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // picking the same file again still loads it
              if (file) void file.text().then((t) => load(t, file.name));
            }}
          />
        </label>
        <button
          type="button"
          aria-describedby={`${ids}-dl`}
          onClick={() => downloadText(fileName, scenarioFileText(applied), 'application/json')}
        >
          {t('io.download')}
        </button>
      </div>
      <p id={`${ids}-dl`} className="sed-hint">
        {t('io.saves')} <code>{fileName}</code>
        {draftValid ? '' : t('io.savesLastValid')}.
      </p>
      <p className="sed-hint" role="status">
        {done}
      </p>
    </section>
  );
}
