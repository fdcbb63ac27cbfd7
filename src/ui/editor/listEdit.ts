// Immutable list edits behind the Add / Duplicate / Remove / Move buttons of ops and bio_vecs.

/** A copy with `item` inserted at `index` (clamped to the list). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** A copy without the item at `index` (the same items when the index is out of range). */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A copy with the item at `index` moved by `delta` places; unchanged when it would leave the list. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = removeItem(list, index);
  out.splice(to, 0, list[index]!);
  return out;
}
