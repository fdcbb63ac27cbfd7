// Reads the "Outcome by version" table the way a user or script would: by role and name, from
// the rendered text, with no knowledge of the components' markup.
import type { Locator, Page } from 'playwright-core';

/** The table's accessible name (UI contract). */
export const OUTCOME_TABLE_NAME = 'Outcome by version';

/** Column headers the UI contract requires, in order. */
export const CONTRACT_HEADERS = [
  'Version',
  'Wrong bio_vecs',
  'Misdirected bytes',
  'Corrupted bytes',
  'Kernel BUG',
] as const;

/** One body row: the version id from the row header and each numeric cell keyed by header. */
export interface OutcomeRow {
  readonly version: string;
  readonly values: Readonly<Record<string, string>>;
}

/** The outcome table, found by role and accessible name. */
export const outcomeTable = (page: Page): Locator =>
  page.getByRole('table', { name: OUTCOME_TABLE_NAME, exact: true });

/** Column header texts, in order. */
export async function outcomeHeaders(page: Page): Promise<string[]> {
  const texts = await outcomeTable(page).getByRole('columnheader').allInnerTexts();
  return texts.map((t) => t.trim());
}

/** Body rows keyed by version id; `versionIds` says which ids a row header may name. */
export async function readOutcomeRows(
  page: Page,
  versionIds: readonly string[],
): Promise<OutcomeRow[]> {
  const headers = await outcomeHeaders(page);
  const rows: OutcomeRow[] = [];
  for (const row of await outcomeTable(page).getByRole('row').all()) {
    const rowHeader = row.getByRole('rowheader');
    if ((await rowHeader.count()) === 0) continue; // the header row
    const label = await rowHeader.innerText();
    const version = versionIds.find((id) => label.includes(id));
    if (!version) throw new Error(`row header "${label}" names no known version`);
    const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    // headers[0] is "Version" (the row header's column); cells line up with the rest.
    const values = Object.fromEntries(cells.map((text, i) => [headers[i + 1] ?? `#${i}`, text]));
    rows.push({ version, values });
  }
  return rows;
}
