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
  searchRuleMessage,
  type SearchIssue,
  type SearchOptions,
  type SearchRuleId,
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
  /** The rule in English (the engine's message). */
  readonly message: string;
  /**
   * The rule as data, for the UI to word in its language: one of the search's own rules
   * (model/search/rules.ts) or, for a kernel what-if, the scenario validator's. Absent when the
   * engine reported only words (zod's own wording).
   */
  readonly rule?: {
    readonly source: 'search' | 'validation';
    readonly id: string;
    readonly params?: Readonly<Record<string, string | number>>;
  };
}

/** A form issue breaking one of the search's own rules. */
function formIssue(
  field: SearchField,
  id: SearchRuleId,
  params?: Readonly<Record<string, string | number>>,
): FieldIssue {
  const rule = params ? { id, params } : { id };
  return { field, message: searchRuleMessage(rule), rule: { source: 'search', ...rule } };
}

/** The validator's rule id carried by a kernel what-if's issue, when it has one. */
type WithScenarioRule = {
  readonly rule?: {
    readonly id: string;
    readonly params?: Readonly<Record<string, string | number>>;
  };
};

/** An engine issue as a form issue: its field, its message and its rule, whichever kind. */
function fromEngine(e: SearchIssue): FieldIssue {
  const field = fieldOfPath(e.path);
  if (e.searchRule)
    return { field, message: e.message, rule: { source: 'search', ...e.searchRule } };
  const scenarioRule = (e as WithScenarioRule).rule;
  if (scenarioRule)
    return { field, message: e.message, rule: { source: 'validation', ...scenarioRule } };
  return { field, message: e.message };
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
      if (!optional) issues.push(formIssue(field, 'enterWhole'));
      return undefined;
    }
    if (!WHOLE.test(text)) {
      issues.push(formIssue(field, 'wholeGot', { text }));
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
  else if (form.clustering !== '') issues.push(formIssue('clustering', 'onOff'));
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

  const toIssues = (list: readonly SearchIssue[]) => list.map(fromEngine);
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
