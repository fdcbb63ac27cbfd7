// What an exported file is called and the title lines a pipeline picture carries, so that a
// picture pasted into slides or a bug report still says which scenario, step and version it shows.
// Pure string logic: unit-tested without a DOM.
import type { VersionId } from '../../model';

/** A file-name stem from a scenario title: `parted-print-on-a-fresh-gpt-label`. */
export function fileStem(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'scenario' : slug;
}

/** Name of the pipeline picture for a step: `<stem>-step-43-0a8704a51.svg`. */
export const pictureFileName = (
  title: string,
  step: number,
  focus: VersionId,
  ext: 'svg' | 'png',
): string => `${fileStem(title)}-step-${step}-${focus}.${ext}`;

/** What the picture's title band says. */
export interface PictureTitle {
  /** "Scatterlist Explorer: <scenario title>". */
  readonly heading: string;
  /** "Step 43 of 120 · focus 0a8704a51" (slider numbering), then the step's sentence wrapped to the picture width. */
  readonly lines: readonly string[];
}

/** Most lines the step sentence may take in the title band (the rest is cut with "…"). */
export const MAX_SENTENCE_LINES = 2;

/**
 * Greedy word wrap to lines of at most `maxChars` characters; a word longer than a line is cut.
 * At most `maxLines` lines; if text remains, the last line ends with "…".
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(8, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word.length <= width ? word : `${word.slice(0, width - 1)}…`;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/**
 * The title band of a picture `widthPx` wide whose text is about `charPx` px per character.
 * "Step 43 of 120" counts as the Timeline slider does (0-based, up to the last step's index), so
 * the number matches the slider, the share link's `step=` and the file name.
 */
export function pictureTitle(options: {
  readonly scenarioTitle: string;
  readonly step: number;
  readonly steps: number;
  readonly focus: VersionId;
  readonly sentence: string;
  readonly widthPx: number;
  readonly charPx: number;
}): PictureTitle {
  const { scenarioTitle, step, steps, focus, sentence, widthPx, charPx } = options;
  const maxChars = (widthPx - 24) / charPx;
  return {
    heading: `Scatterlist Explorer: ${scenarioTitle}`,
    lines: [
      `Step ${step} of ${Math.max(steps - 1, 0)} · focus ${focus}`,
      ...wrapWords(sentence, maxChars, MAX_SENTENCE_LINES),
    ],
  };
}
