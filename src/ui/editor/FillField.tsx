// What the process writes into its buffer just before a write: nothing (whatever the buffer held),
// one byte value everywhere, or a text repeated by position (docs/scenario-format.md, `fill`),
// optionally over only a byte range of the op's data (`fill.offset`, `fill.length`).
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
      {kind !== 'none' && (
        <>
          <DraftNumberField
            path={[...path, 'offset']}
            label="From byte of the op's data"
            placeholder="0"
            hint="optional, multiple of 512 (default 0)"
          />
          <DraftNumberField
            path={[...path, 'length']}
            label="Bytes written"
            placeholder="to the end"
            hint="optional, multiple of 512 (default: to the end)"
          />
        </>
      )}
    </div>
  );
}
