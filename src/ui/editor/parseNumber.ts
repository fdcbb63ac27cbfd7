// What users type into number fields: decimal everywhere, hex (`0x…`) too because addresses and
// masks are hex in kernel listings. Ranges are the validator's job; these only read the text.
import { err, ok, type Result } from '../../lib/result';

/** Why a value cannot be used: a key of the editor's messages (namespace `editor`) and its values. */
export interface FieldProblem {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A problem, with its params only when it has some. */
export const problem = (key: string, params?: FieldProblem['params']): FieldProblem =>
  params ? { key, params } : { key };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const HEX = /^0x[0-9a-f]+$/i;

/** Parses a byte address typed as hex (`0x1c00` → 7168) or decimal (`7168`). */
export function parseAddress(text: string): Result<number, FieldProblem> {
  const t = text.trim();
  if (t === '') return err(problem('parse.required'));
  let n: number;
  if (HEX.test(t)) n = parseInt(t.slice(2), 16);
  else if (/^\d+$/.test(t)) n = Number(t);
  else return err(problem('parse.notAddress', { text: t }));
  return Number.isSafeInteger(n) ? ok(n) : err(problem('parse.tooLarge'));
}

/** Parses a number typed in decimal (`-3`, `12.5` are read as such) or hex (`0xfff`). */
export function parseNumberText(text: string): Result<number, FieldProblem> {
  const t = text.trim();
  if (HEX.test(t)) return parseAddress(t);
  if (!DECIMAL.test(t)) return err(problem('parse.notNumber'));
  const n = Number(t);
  return Number.isFinite(n) ? ok(n) : err(problem('parse.notNumber'));
}

/** An address in lower-case hex with the 0x prefix, as kernel messages print it. */
export const hex = (n: number): string => `0x${n.toString(16)}`;
