// What the process writes into its buffer just before a write: nothing (whatever the buffer held),
// one byte value everywhere, or a text repeated by position (docs/scenario-format.md, `fill`),
// optionally over only a byte range of the op's data (`fill.offset`, `fill.length`).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftNumberField, DraftTextField } from './DraftFields';
import { useDraftStore, useDraftValue, useFieldId, useIssues } from './EditorContext';
import { Field } from './Field';
import { asRecord } from './jsonTree';

/** Props of FillField: which op. */
export interface FillFieldProps {
  readonly index: number;
}

type FillKind = 'none' | 'byte' | 'text';

/** The fill chooser and its value input. */
export function FillField({ index }: FillFieldProps) {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const path = ['ops', index, 'fill'] as const;
  const raw = useDraftValue(path);
  const fill = asRecord(raw);
  const kind: FillKind = raw === undefined ? 'none' : 'text' in fill ? 'text' : 'byte';
  const id = useFieldId(path);
  const groupId = useId();
  // Switching between byte and text keeps the optional range (fill.offset / fill.length).
  const range = {
    ...(fill.offset !== undefined ? { offset: fill.offset } : {}),
    ...(fill.length !== undefined ? { length: fill.length } : {}),
  };
  const choose = (k: FillKind) =>
    store
      .getState()
      .set(
        path,
        k === 'none'
          ? undefined
          : k === 'byte'
            ? { byte: 0, ...range }
            : { text: 'NEW DATA', ...range },
      );
  return (
    <div className="sed-row" role="group" aria-labelledby={groupId}>
      <span id={groupId} className="sed-visually-hidden">
        {t('fill.group')}
      </span>
      <Field id={id} label={t('fill.label')} messages={useIssues(`ops[${index}].fill`)}>
        {(a11y) => (
          <select
            {...a11y}
            className="sed-input sed-select"
            value={kind}
            onChange={(e) => choose(e.target.value as FillKind)}
          >
            <option value="none">{t('fill.none')}</option>
            <option value="byte">{t('fill.byte')}</option>
            <option value="text">{t('fill.text')}</option>
          </select>
        )}
      </Field>
      {kind === 'byte' && <DraftNumberField path={[...path, 'byte']} label={t('fill.byteLabel')} />}
      {kind === 'text' && <DraftTextField path={[...path, 'text']} label={t('fill.textLabel')} />}
      {kind !== 'none' && (
        <>
          <DraftNumberField
            path={[...path, 'offset']}
            label={t('fill.offset')}
            placeholder="0"
            hint={t('fill.offsetHint')}
          />
          <DraftNumberField
            path={[...path, 'length']}
            label={t('fill.length')}
            placeholder={t('fill.lengthPlaceholder')}
            hint={t('fill.lengthHint')}
          />
        </>
      )}
    </div>
  );
}
