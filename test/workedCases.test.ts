// The "Worked cases" table of ../shared/kernel-notes.md, parsed and run through the model: every
// row's scatterlist count and each version's verdict (and which bio_vecs go wrong) must match.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/model/simulate';
import { VERSION_IDS } from '../src/model/versions';
import { bvecRead } from './support/scenarios';

const NOTES = fileURLToPath(new URL('../../shared/kernel-notes.md', import.meta.url));

interface WorkedCase {
  readonly text: string;
  readonly bvecs: { page: number; offset: number; length: number }[];
  readonly sgEntries: number;
  /** Per version: null = right, else the bio_vec indices the table says go wrong. */
  readonly wrong: (number[] | null)[];
}

/** Bio_vec tuples like (P0,3584,512), (P1..P3,0,4096) or (S1,0,1024); names become pages in order. */
function parseBvecs(cell: string): WorkedCase['bvecs'] {
  if (/four full pages/.test(cell))
    return [0, 1, 2, 3].map((page) => ({ page, offset: 0, length: 4096 }));
  const pages = new Map<string, number>();
  const pageOf = (name: string) => {
    if (!pages.has(name)) pages.set(name, pages.size);
    return pages.get(name)!;
  };
  const out: WorkedCase['bvecs'] = [];
  for (const m of cell.matchAll(/\((P(\d+)\.\.P(\d+)|[A-Z]\w*),(\d+),(\d+)\)/g)) {
    const [, name, from, to, offset, length] = m;
    const names =
      from !== undefined ? range(Number(from), Number(to)).map((n) => `P${n}`) : [name!];
    for (const n of names)
      out.push({ page: pageOf(n), offset: Number(offset), length: Number(length) });
  }
  return out;
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** "right" → null; "bvec 1 ...wrong", "bvecs 1, 2 ...", "all after bvec 0 wrong", "same: wrong". */
function parseVerdict(
  cell: string,
  bvecCount: number,
  previous: number[] | null | undefined,
): number[] | null {
  const text = cell.trim();
  if (text === 'right') return null;
  if (/^same/.test(text)) return previous ?? null;
  if (/all after bvec 0/.test(text)) return range(1, bvecCount - 1);
  const listed = /bvecs? ([\d, ]+)/.exec(text);
  if (!listed) throw new Error(`unparsed verdict: ${text}`);
  return listed[1]!
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => !Number.isNaN(n));
}

function workedCases(): WorkedCase[] {
  const md = readFileSync(NOTES, 'utf8');
  const section = md.slice(md.indexOf('## Worked cases'));
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| bio_vecs') && !l.startsWith('|---'));
  return rows
    .map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .filter((cells) => cells.length === 5)
    .map((cells) => {
      const bvecs = parseBvecs(cells[0]!);
      const wrong: (number[] | null)[] = [];
      cells.slice(2).forEach((c, i) => wrong.push(parseVerdict(c, bvecs.length, wrong[i - 1])));
      return { text: cells[0]!, bvecs, sgEntries: Number(cells[1]), wrong };
    });
}

describe('worked cases from kernel-notes.md', () => {
  const cases = workedCases();

  it('finds the five rows of the table', () => {
    expect(cases).toHaveLength(5);
  });

  for (const c of cases) {
    it(c.text, () => {
      const sim = simulate(bvecRead(c.bvecs));
      const req = sim.requests[0]!;
      expect(req.sg).toHaveLength(c.sgEntries);
      VERSION_IDS.forEach((v, i) => {
        const expected = c.wrong[i];
        const outcome = req.versions[v];
        if (expected === null) {
          expect(outcome.wrongBvecs, v).toEqual([]);
          expect(outcome.misdirectedBytes, v).toBe(0);
        } else {
          expect(outcome.wrongBvecs, v).toEqual(expected);
          expect(outcome.misdirectedBytes, v).toBeGreaterThan(0);
        }
      });
    });
  }
});
