// What the process writes into its buffer just before a write: nothing (whatever the buffer held),
// one byte value everywhere, or a text repeated by position (docs/scenario-format.md, `fill`).
import { useId } from 'react';
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
  const store = useDraftStore();
  const path = ['ops', index, 'fill'] as const;
  const raw = useDraftValue(path);
  const fill = asRecord(raw);
  const kind: FillKind = raw === undefined ? 'none' : 'text' in fill ? 'text' : 'byte';
  const id = useFieldId(path);
  const groupId = useId();
  const choose = (k: FillKind) =>
    store
      .getState()
      .set(path, k === 'none' ? undefined : k === 'byte' ? { byte: 0 } : { text: 'NEW DATA' });
  return (
    <div className="sed-row" role="group" aria-labelledby={groupId}>
      <span id={groupId} className="sed-visually-hidden">
        Data written
      </span>
      <Field id={id} label="Process writes first" messages={useIssues(`ops[${index}].fill`)}>
        {(a11y) => (
          <select
            {...a11y}
            className="sed-input sed-select"
            value={kind}
            onChange={(e) => choose(e.target.value as FillKind)}
          >
            <option value="none">nothing (buffer as it is)</option>
            <option value="byte">one byte value</option>
            <option value="text">a repeated text</option>
          </select>
        )}
      </Field>
      {kind === 'byte' && <DraftNumberField path={[...path, 'byte']} label="Byte (0–255)" />}
      {kind === 'text' && (
        <DraftTextField path={[...path, 'text']} label="Text (printable ASCII)" />
      )}
    </div>
  );
}
