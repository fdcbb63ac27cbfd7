// The op list's buttons as draft edits: each returns the new draft and which op to open, so the
// list and the RAID helper share one way of changing ops.
import { asArray, type JsonObject } from './jsonTree';
import { insertAt, moveItem, removeItem } from './listEdit';
import { NEW_OP } from './opTemplates';

/** A draft after an op-list edit, and the op to open. */
export interface OpEdit {
  readonly draft: JsonObject;
  readonly selectedOp: number;
}

const withOps = (draft: JsonObject, ops: unknown[], selectedOp: number): OpEdit => ({
  draft: { ...draft, ops },
  selectedOp,
});

/** Inserts `op` (default: a new 4 KiB read) after op `at` and opens it. */
export function addOp(draft: JsonObject, at: number, op: unknown = NEW_OP): OpEdit {
  return withOps(draft, insertAt(asArray(draft.ops), at + 1, op), at + 1);
}

/** Inserts a copy of op `at` right after it and opens the copy. */
export function duplicateOp(draft: JsonObject, at: number): OpEdit {
  const ops = asArray(draft.ops);
  return at < ops.length ? addOp(draft, at, ops[at]) : { draft, selectedOp: at };
}

/** Removes op `at` and opens its neighbour. */
export function removeOp(draft: JsonObject, at: number): OpEdit {
  return withOps(draft, removeItem(asArray(draft.ops), at), Math.max(0, at - 1));
}

/** Moves op `at` by `delta` places; it stays open. */
export function moveOp(draft: JsonObject, at: number, delta: number): OpEdit {
  const ops = asArray(draft.ops);
  const to = at + delta;
  if (to < 0 || to >= ops.length) return { draft, selectedOp: at };
  return withOps(draft, moveItem(ops, at, delta), to);
}
