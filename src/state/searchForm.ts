// The search form as the user types it (strings), and its translation into a SearchSpace and
// SearchOptions. Whole-number checks happen here, so "4x" says "must be a whole number" rather
// than a schema's type error; every range rule is the engine's (parseSearchSpace), reported
// against the field it names.
import { err, ok, type Result } from '../lib/result';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  parseSearchOptions,
  parseSearchSpace,
  type SearchOptions,
  type SearchSpace,
} from '../model/search';

/** Every field of the search form, as typed. */
export interface SearchForm {
  readonly pages: string;
  readonly maxBvecs: string;
  readonly granularity: string;
  /** 'none' | 'physical' | 'machine'. */
  readonly contiguity: string;
  /** Kernel what-ifs; '' means the 3.8-era blkfront default. */
  readonly pageSize: string;
  readonly maxSegments: string;
  readonly maxSegmentSize: string;
  readonly segmentBoundaryMask: string;
  readonly maxHwSectors: string;
  /** '' (default: on) | 'on' | 'off'. */
  readonly clustering: string;
  /** '' (exhaustive when small enough, else sample) | 'exhaustive' | 'sample'. */
  readonly mode: string;
  readonly seed: string;
  readonly samples: string;
}

/** A form field's name. */
export type SearchField = keyof SearchForm;

/** What is wrong with the form: the field (null when the rule spans fields), its label, the rule. */
export interface FieldIssue {
  readonly field: SearchField | null;
  readonly message: string;
}

/** Labels, as the form shows them and as issues name them. */
export const FIELD_LABELS: Readonly<Record<SearchField, string>> = {
  pages: 'Pages',
  maxBvecs: 'bio_vecs per request',
  granularity: 'Offset and length granularity',
  contiguity: 'Contiguous pages',
  pageSize: 'Page size',
  maxSegments: 'Max segments',
  maxSegmentSize: 'Max segment size',
  segmentBoundaryMask: 'Segment boundary mask',
  maxHwSectors: 'Max hw sectors',
  clustering: 'Clustering',
  mode: 'Mode',
  seed: 'Seed',
  samples: 'Samples',
};

/** The kernel what-if fields, in form order (all optional). */
export const KERNEL_FIELDS = [
  'pageSize',
  'maxSegments',
  'maxSegmentSize',
  'segmentBoundaryMask',
  'maxHwSectors',
] as const satisfies readonly SearchField[];

/** The form the panel opens with: a space small enough to search exhaustively in seconds. */
export const DEFAULT_FORM: SearchForm = {
  pages: '3',
  maxBvecs: '3',
  granularity: '512',
  contiguity: 'none',
  pageSize: '',
  maxSegments: '',
  maxSegmentSize: '',
  segmentBoundaryMask: '',
  maxHwSectors: '',
  clustering: '',
  mode: '',
  seed: String(DEFAULT_SEED),
  samples: String(DEFAULT_SAMPLES),
};

const WHOLE = /^\d+$/;

/** The field an engine issue path ("kernel.maxSegments", "pages") refers to, if any. */
export function fieldOfPath(path: string): SearchField | null {
  const last =
    path
      .split(/[.[\]]/)
      .filter(Boolean)
      .at(-1) ?? '';
  return last in FIELD_LABELS ? (last as SearchField) : null;
}

/** "Pages: must be ..." — an issue in words, naming its field. */
export const issueText = (issue: FieldIssue): string =>
  issue.field ? `${FIELD_LABELS[issue.field]}: ${issue.message}` : issue.message;

/** The space and options the form describes, or what is wrong with it (every issue at once). */
export function formToSearch(
  form: SearchForm,
): Result<{ space: SearchSpace; options: SearchOptions }, FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const whole = (field: SearchField, optional: boolean): number | undefined => {
    const text = form[field].trim();
    if (text === '') {
      if (!optional) issues.push({ field, message: 'enter a whole number' });
      return undefined;
    }
    if (!WHOLE.test(text)) {
      issues.push({ field, message: `must be a whole number (got "${text}")` });
      return undefined;
    }
    return Number(text);
  };

  const kernel: Record<string, number | boolean> = {};
  for (const f of KERNEL_FIELDS) {
    const n = whole(f, true);
    if (n !== undefined) kernel[f] = n;
  }
  if (form.clustering === 'on' || form.clustering === 'off')
    kernel.clustering = form.clustering === 'on';
  else if (form.clustering !== '')
    issues.push({ field: 'clustering', message: 'must be on or off' });
  const input = {
    pages: whole('pages', false),
    maxBvecs: whole('maxBvecs', false),
    granularity: whole('granularity', false),
    contiguity: form.contiguity,
    kernel,
  };

  const seed = whole('seed', false);
  const samples = whole('samples', false);
  if (issues.length > 0) return err(issues);

  const toIssues = (list: readonly { path: string; message: string }[]) =>
    list.map((e) => ({ field: fieldOfPath(e.path), message: e.message }));
  const parsed = parseSearchSpace(input);
  if (!parsed.ok) return err(toIssues(parsed.error));
  // The engine's rules for options (ranges; "exhaustive" only when the space is small enough).
  const options = parseSearchOptions(
    { mode: form.mode === '' ? undefined : form.mode, seed, samples },
    parsed.value,
  );
  if (!options.ok) return err(toIssues(options.error));
  return ok({ space: parsed.value, options: options.value });
}
