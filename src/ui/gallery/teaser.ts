// A preset's one-line teaser for its gallery card: the first sentence of its description, cut at a
// word boundary when long. Descriptions quote commands in `backticks` (ProseWithCode renders
// them), so a cut never leaves a code span open.

/** Longest teaser in characters, ellipsis included: about one line of a gallery card at 1280. */
export const TEASER_MAX_CHARS = 110;

// A sentence ends at . ! or ? (and any closing quote or bracket) followed by white space or the
// end, or at a full-width 。！？ (Chinese puts no space after them); these abbreviations end no
// sentence.
const SENTENCE_END = /[.!?]["')\]]*(?=\s|$)|[。！？]/g;
const ABBREVIATIONS = /(?:^|\s|\()(?:e\.g|i\.e|vs|cf|etc)\.$/i;
/** Words a cut line should not end on: "…by reading the…" reads worse than "…by reading…". */
const DANGLING = new Set('a an and at by for from in into of on or the to with'.split(' '));

/** The first sentence of `text`, ignoring full stops inside `code` spans and abbreviations. */
export function firstSentence(text: string): string {
  const t = text.trim();
  for (const m of t.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    const before = t.slice(0, end);
    const inCode = (before.split('`').length - 1) % 2 === 1;
    if (!inCode && !ABBREVIATIONS.test(t.slice(0, m.index + 1))) return before;
  }
  return t;
}

/** `text` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function trimAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // Chinese has no spaces between words: cut at the last full-width comma, or anywhere.
  if (/[\u4e00-\u9fff]/.test(text)) {
    const room = text.slice(0, max - 1);
    const comma = Math.max(room.lastIndexOf('，'), room.lastIndexOf('；'));
    let cut = comma > max / 2 ? room.slice(0, comma) : room;
    if ((cut.split('`').length - 1) % 2 === 1) cut += '`';
    return `${cut}…`;
  }
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // A single word longer than the room is cut mid-word rather than dropped.
  const words = (space > max / 2 ? room.slice(0, space) : room).split(' ');
  // Drop dangling function words and a bracket the cut would leave open, keeping half the room.
  const dangles = (w: string) =>
    DANGLING.has(w.toLowerCase()) || (w.includes('(') && !w.includes(')'));
  while (words.length > 1 && dangles(words.at(-1)!) && words.join(' ').length > max / 2)
    words.pop();
  let cut = words.join(' ').replace(/[\s,;:(–—-]+$/, '');
  if ((cut.split('`').length - 1) % 2 === 1) cut += '`';
  return `${cut}…`;
}

/** The teaser of a preset description ('' when there is none). */
export function teaser(description: string | undefined, max = TEASER_MAX_CHARS): string {
  return description ? trimAtWord(firstSentence(description), max) : '';
}
