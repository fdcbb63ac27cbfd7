// A labelled form field: label, the input (rendered by the caller with the ids it needs), a hint
// and the field's messages, linked to the input by aria-describedby so a screen reader reads the
// rule that is broken right after the field's name.
import type { ReactNode } from 'react';

/** What the caller's input must carry to be labelled and described. */
export interface FieldA11y {
  readonly id: string;
  readonly 'aria-invalid': boolean | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** Props of Field. */
export interface FieldProps {
  /** The input's id; the hint and messages get ids derived from it. */
  readonly id: string;
  readonly label: ReactNode;
  /** Help under the input (ranges, the value in other units). */
  readonly hint?: ReactNode;
  /** What is wrong with the value; non-empty marks the input invalid. */
  readonly messages: readonly string[];
  /** Ids of further descriptions (e.g. the bio_vec row's own issues). */
  readonly describedBy?: string;
  /** Keep the label for assistive technology only (table cells under a column header). */
  readonly labelHidden?: boolean;
  readonly className?: string;
  readonly children: (a11y: FieldA11y) => ReactNode;
}

/** Label + input + hint + messages. */
export function Field(props: FieldProps) {
  const { id, label, hint, messages, describedBy, labelHidden, className, children } = props;
  const hintId = `${id}-hint`;
  const messagesId = `${id}-issues`;
  const described = [
    messages.length > 0 ? messagesId : null,
    hint !== undefined ? hintId : null,
    describedBy ?? null,
  ].filter((x) => x !== null);
  return (
    <div className={`sed-field ${className ?? ''}`}>
      <label htmlFor={id} className={labelHidden ? 'sed-visually-hidden' : 'sed-label'}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': messages.length > 0 ? true : undefined,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
      })}
      {hint !== undefined && (
        <span id={hintId} className="sed-hint">
          {hint}
        </span>
      )}
      <FieldMessages id={messagesId} messages={messages} />
    </div>
  );
}

/** Props of FieldMessages. */
export interface FieldMessagesProps {
  readonly id: string;
  readonly messages: readonly string[];
}

/** The messages of a field, row or group (nothing when there are none). */
export function FieldMessages({ id, messages }: FieldMessagesProps) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="sed-issues">
      {messages.map((m, i) => (
        <span key={i} className="sed-issue">
          {m}
        </span>
      ))}
    </span>
  );
}
