// The op sequence as strace would print it: one line per op (syscall or submitted bio), its label
// as a comment, a count of its issues; clicking a line opens that op's form. The toolbar acts on
// the open op.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OPS } from '../../model/scenario/limits';
import { useDraft, useDraftKernel, useDraftStore, useFieldId, useIssues } from './EditorContext';
import { FieldMessages } from './Field';
import { countIssuesUnder } from './issuePaths';
import { ActionButton } from './ActionButton';
import { asArray, asRecord } from './jsonTree';
import { addOp, duplicateOp, moveOp, removeOp, type OpEdit } from './opActions';
import { straceLine } from './straceLine';

/** The op list with its Add / Duplicate / Remove / Move toolbar. */
export function OpList() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const ops = asArray(useDraft((s) => s.draft.ops));
  const selected = useDraft((s) => s.selectedOp);
  const issues = useDraft((s) => s.issues);
  const kernel = useDraftKernel();
  const headingId = useId();
  const listId = useFieldId('ops');
  const listIssues = useIssues('ops');
  const apply = (edit: (draft: ReturnType<typeof store.getState>['draft']) => OpEdit) => {
    const next = edit(store.getState().draft);
    store.getState().replace(next.draft, next.selectedOp);
  };
  return (
    <section className="sed-panel sed-ops" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ops.heading')}</h3>
      <p className="sed-hint">{t('ops.hint')}</p>
      <FieldMessages id={`${listId}-issues`} messages={listIssues} />
      <ol className="sed-strace" id={listId} tabIndex={-1}>
        {ops.map((op, i) => {
          const label = asRecord(op).label;
          const n = countIssuesUnder(issues, `ops[${i}]`);
          return (
            <li key={i}>
              <button
                type="button"
                className="sed-strace-line"
                aria-current={i === selected ? 'true' : undefined}
                onClick={() => store.getState().selectOp(i)}
              >
                <span className="sed-op-index">{i}</span>
                <span className="sed-op-text">
                  <code>{straceLine(op, kernel)}</code>
                  {typeof label === 'string' && <span className="sed-op-label"># {label}</span>}
                </span>
                {n > 0 && <span className="sed-badge">{t('ops.issues', { count: n })}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="sed-toolbar" role="toolbar" aria-label={t('ops.toolbar')}>
        <ActionButton
          disabled={ops.length >= MAX_OPS}
          onClick={() => apply((d) => addOp(d, selected))}
        >
          {t('ops.add')}
        </ActionButton>
        <ActionButton
          disabled={ops.length === 0 || ops.length >= MAX_OPS}
          onClick={() => apply((d) => duplicateOp(d, selected))}
        >
          {t('ops.duplicate')}
        </ActionButton>
        {/* A scenario needs at least one op: the last one cannot be removed. */}
        <ActionButton
          disabled={ops.length <= 1}
          onClick={() => apply((d) => removeOp(d, selected))}
        >
          {t('ops.remove')}
        </ActionButton>
        <ActionButton
          disabled={selected <= 0}
          onClick={() => apply((d) => moveOp(d, selected, -1))}
        >
          {t('ops.up')}
        </ActionButton>
        <ActionButton
          disabled={selected >= ops.length - 1}
          onClick={() => apply((d) => moveOp(d, selected, 1))}
        >
          {t('ops.down')}
        </ActionButton>
      </div>
    </section>
  );
}
