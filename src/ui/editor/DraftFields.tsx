// Fields bound to a path of the draft: they read the value there, write edits back through the
// draft store (which validates and applies), and show the issues the validator reports at it.
import type { ReactNode } from 'react';
import { useDraftStore, useDraftValue, useFieldId, useIssues } from './EditorContext';
import { Field } from './Field';
import { pathString } from './issuePaths';
import type { Path } from './jsonTree';
import { NumberInput, type NumberInputProps } from './NumberInput';

/** Props of DraftNumberField: where the number lives, plus NumberInput's presentation props. */
export type DraftNumberFieldProps = { readonly path: Path } & Omit<
  NumberInputProps,
  'id' | 'value' | 'messages' | 'onValue' | 'keepsRawText'
>;

/** A number field editing the draft at `path` (cleared = key removed, i.e. the default). */
export function DraftNumberField({ path, ...rest }: DraftNumberFieldProps) {
  const store = useDraftStore();
  return (
    <NumberInput
      {...rest}
      id={useFieldId(path)}
      value={useDraftValue(path)}
      messages={useIssues(pathString(path))}
      onValue={(v) => store.getState().set(path, v)}
    />
  );
}

/** Props of DraftTextField. */
export interface DraftTextFieldProps {
  readonly path: Path;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly labelHidden?: boolean;
}

/** A text field editing an optional string of the draft (cleared = key removed). */
export function DraftTextField({ path, label, hint, multiline, ...rest }: DraftTextFieldProps) {
  const store = useDraftStore();
  const value = useDraftValue(path);
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const onChange = (t: string) => store.getState().set(path, t === '' ? undefined : t);
  return (
    <Field
      id={useFieldId(path)}
      label={label}
      hint={hint}
      messages={useIssues(pathString(path))}
      labelHidden={rest.labelHidden}
    >
      {(a11y) =>
        multiline ? (
          <textarea
            {...a11y}
            className="sed-input sed-textarea"
            rows={3}
            value={text}
            placeholder={rest.placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...a11y}
            type="text"
            className="sed-input"
            value={text}
            placeholder={rest.placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** One choice of a DraftSelectField: its label and the JSON value it writes (undefined = absent). */
export interface DraftOption {
  readonly label: string;
  readonly value: string | number | boolean | undefined;
}

/** Props of DraftSelectField. */
export interface DraftSelectFieldProps {
  readonly path: Path;
  readonly label: string;
  readonly options: readonly DraftOption[];
  readonly hint?: ReactNode;
}

/** A <select> writing one of a few JSON values (an unknown value shows as its own option). */
export function DraftSelectField({ path, label, options, hint }: DraftSelectFieldProps) {
  const store = useDraftStore();
  const value = useDraftValue(path);
  const index = options.findIndex((o) => o.value === value);
  return (
    <Field id={useFieldId(path)} label={label} hint={hint} messages={useIssues(pathString(path))}>
      {(a11y) => (
        <select
          {...a11y}
          className="sed-input sed-select"
          value={index < 0 ? 'other' : String(index)}
          onChange={(e) => store.getState().set(path, options[Number(e.target.value)]?.value)}
        >
          {index < 0 && <option value="other">{JSON.stringify(value) ?? '(none)'}</option>}
          {options.map((o, i) => (
            <option key={i} value={String(i)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
