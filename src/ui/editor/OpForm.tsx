// The open op's form: direction, how the bio is built (an O_DIRECT syscall's buffer, or a
// stacked driver's explicit bio_vecs), disk offset, label and, for writes, what the process
// writes first. Issues about the op as a whole show under its heading.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BufferFields } from './BufferFields';
import { BvecTable } from './BvecTable';
import { DraftNumberField, DraftSelectField, DraftTextField } from './DraftFields';
import {
  useDraft,
  useDraftKernel,
  useDraftStore,
  useDraftValue,
  useFieldId,
  useIssues,
} from './EditorContext';
import { FieldMessages } from './Field';
import { FillField } from './FillField';
import { asNumber, asRecord } from './jsonTree';
import { toBufferOp, toBvecOp } from './opTemplates';

/** The form of the op the list has open. */
export function OpForm() {
  const { t } = useTranslation('editor');
  const index = useDraft((s) => s.selectedOp);
  const op = asRecord(useDraftValue(['ops', index]));
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const headingId = useFieldId(`ops[${index}]`);
  const kindName = useId();
  const isBuffer = op.bvecs === undefined || op.buffer !== undefined;
  const sector = asNumber(op.sector);
  const setKind = (buffer: boolean) =>
    store.getState().set(['ops', index], buffer ? toBufferOp(op, kernel) : toBvecOp(op, kernel));
  return (
    <section className="sed-panel sed-op" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('op.heading', { index })}
        {typeof op.label === 'string' && <span className="sed-heading-note"> — {op.label}</span>}
      </h3>
      <FieldMessages id={`${headingId}-issues`} messages={useIssues(`ops[${index}]`)} />
      <div className="sed-row">
        <DraftSelectField
          path={['ops', index, 'op']}
          label={t('op.direction')}
          // The file's own values (and the syscalls' names): the same in every language.
          options={(['read', 'write'] as const).map((v) => ({ label: v, value: v }))}
        />
        <DraftNumberField
          path={['ops', index, 'sector']}
          label={t('op.sector')}
          hint={
            sector === undefined ? t('op.sectorHint') : t('op.sectorBytes', { bytes: sector * 512 })
          }
        />
        <fieldset className="sed-kind">
          <legend>{t('op.builtBy')}</legend>
          <label>
            <input type="radio" name={kindName} checked={isBuffer} onChange={() => setKind(true)} />
            {t('op.byBuffer')}
          </label>
          <label>
            <input
              type="radio"
              name={kindName}
              checked={!isBuffer}
              onChange={() => setKind(false)}
            />
            {t('op.byBvecs')}
          </label>
        </fieldset>
      </div>
      <DraftTextField
        path={['ops', index, 'label']}
        label={t('op.label')}
        placeholder={t('op.labelPlaceholder')}
      />
      {isBuffer ? <BufferFields index={index} /> : <BvecTable index={index} />}
      {(op.op === 'write' || op.fill !== undefined) && <FillField index={index} />}
    </section>
  );
}
