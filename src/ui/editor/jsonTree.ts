// The draft is plain JSON edited by path, immutably: untouched subtrees keep their identity, so a
// selector that reads one op re-renders only when that op changes, and keys the form does not
// know survive every edit (the validator must still see them to report "unknown key").

/** One step of a JSON path: an object key or an array index. */
export type PathKey = string | number;
/** A path into a JSON value, e.g. ['ops', 1, 'bvecs', 0, 'length']. */
export type Path = readonly PathKey[];
/** A JSON object; the draft's root is always one. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a non-null, non-array object. */
export const isRecord = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as a list, or an empty list when it is not one (drafts may hold anything). */
export const asArray = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** The value as an object, or an empty object when it is not one. */
export const asRecord = (v: unknown): JsonObject => (isRecord(v) ? v : {});

/** The value as a finite number, or undefined (raw text a user typed is not a number). */
export const asNumber = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** The value at `path`, or undefined where the path leaves the tree. */
export function getAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(at)) return undefined;
      at = at[key];
    } else {
      if (!isRecord(at)) return undefined;
      at = at[key];
    }
  }
  return at;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` removes the key (or the list item).
 * Containers that are missing or of the wrong kind on the way are replaced by empty ones.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    const next = setAt(list[key], rest, value);
    if (next === undefined) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const obj: Record<string, unknown> = { ...asRecord(root) };
  const next = setAt(obj[key], rest, value);
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj;
}

/** Parses an issue path (`ops[1].bvecs[0].length`, `memory.pages.3`); null for `(json)` etc. */
export function parsePath(text: string): Path | null {
  if (text === '' || text.startsWith('(')) return null;
  const path: PathKey[] = [];
  const re = /\[(\d+)\]|\.?([^.[\]]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(text)) !== null) {
    path.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
    end = re.lastIndex;
  }
  return end === text.length ? path : null;
}
