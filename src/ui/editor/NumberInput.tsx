// A number input that keeps what the user typed ("0x1c00", a half-typed "0x") while it still
// means the draft's value, and re-reads the draft when the value changes from elsewhere
// (another field, an import, a preset): the draft stays the single source of truth.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../lib/result';
import { Field } from './Field';
import { parseNumberText, type FieldProblem } from './parseNumber';

/** Props of NumberInput. */
export interface NumberInputProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** The draft's value: a number, raw text a user typed, or undefined when absent. */
  readonly value: unknown;
  /** Issues the validator found at this value's path. */
  readonly messages: readonly string[];
  /** Called with the number typed, undefined when cleared, or the raw text (see keepsRawText). */
  readonly onValue: (value: unknown) => void;
  readonly parse?: (text: string) => Result<number, FieldProblem>;
  readonly format?: (n: number) => string;
  /** True (default): unreadable text goes to the draft, so validation names the field. */
  readonly keepsRawText?: boolean;
  readonly placeholder?: string;
  readonly labelHidden?: boolean;
  readonly describedBy?: string;
  readonly className?: string;
}

const textOf = (value: unknown, format: (n: number) => string): string =>
  typeof value === 'number' ? format(value) : typeof value === 'string' ? value : '';

function stillMeans(text: string, value: unknown, parse: NumberInputProps['parse'] & {}) {
  if (typeof value === 'string') return text === value;
  if (value === undefined) return text.trim() === '';
  const parsed = parse(text);
  return parsed.ok && parsed.value === value;
}

/** A labelled text input for a number, with local parse errors and the validator's issues. */
export function NumberInput(props: NumberInputProps) {
  const { value, onValue, parse = parseNumberText, format = String, keepsRawText = true } = props;
  const { t } = useTranslation('editor');
  const [typed, setTyped] = useState(() => ({ text: textOf(value, format), value }));
  let text = typed.text;
  if (!Object.is(typed.value, value)) {
    // The value changed from outside: keep the user's spelling only if it still means it.
    text = stillMeans(typed.text, value, parse) ? typed.text : textOf(value, format);
    setTyped({ text, value });
  }
  const parsed = parse(text);
  const empty = text.trim() === '';
  const local =
    !empty && !parsed.ok
      ? [t(parsed.error.key, { ...parsed.error.params })]
      : empty && !keepsRawText
        ? [t('parse.required')]
        : [];
  const onChange = (next: string) => {
    const p = parse(next);
    const isEmpty = next.trim() === '';
    const v = isEmpty ? undefined : p.ok ? p.value : next;
    if (keepsRawText || (p.ok && !isEmpty)) {
      setTyped({ text: next, value: v });
      onValue(v);
    } else {
      setTyped({ text: next, value });
    }
  };
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      messages={local.length > 0 ? local : props.messages}
      labelHidden={props.labelHidden}
      describedBy={props.describedBy}
      className={props.className}
    >
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          inputMode={parse === parseNumberText ? 'numeric' : 'text'}
          autoComplete="off"
          spellCheck={false}
          className="sed-input sed-number"
          value={text}
          placeholder={props.placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
