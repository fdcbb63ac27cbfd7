// The columns of "Outcome by version". Header texts are part of the UI contract
// (shared/ui-contract.md): scripts and tests find columns by them, so never rename one.
import type { VersionTotals } from '../model';

/** The table's accessible name (a contract, the same in every interface language). */
export const OUTCOME_TABLE_NAME = 'Outcome by version';

/** One numeric column: its contract header, the totals field it shows, and what it means. */
export interface OutcomeColumn {
  readonly header: string;
  readonly field: keyof VersionTotals;
  readonly meaning: string;
}

/** The numeric columns after "Version", in contract order; "Corrupted disk bytes" is an extra. */
export const OUTCOME_COLUMNS: readonly OutcomeColumn[] = [
  {
    header: 'Wrong bio_vecs',
    field: 'wrongBvecs',
    meaning: 'bio_vecs that received at least one byte from the wrong place',
  },
  {
    header: 'Misdirected bytes',
    field: 'misdirectedBytes',
    meaning: 'bytes copied from somewhere other than where the backend put their data',
  },
  {
    header: 'Corrupted bytes',
    field: 'corruptBytes',
    meaning: 'bytes the process read that differ from what the disk holds',
  },
  {
    header: 'Kernel BUG',
    field: 'bugs',
    meaning: 'requests on which this kernel would hit a BUG and oops',
  },
  {
    header: 'Corrupted disk bytes',
    field: 'diskCorruptBytes',
    meaning: 'bytes on disk that differ from what a correct kernel would have written',
  },
];
