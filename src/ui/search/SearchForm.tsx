// The search space form: layouts (pages, bio_vecs, granularity, contiguity), kernel what-ifs and
// sampling. Fields hold what the user typed; an invalid one is marked, its issue (naming the field
// and the rule) sits under it, and the last valid settings stay in force (SpaceSummary says so).
import { useId, useState, type ReactNode } from 'react';
import { resolveKernelConfig } from '../../model/config';
import { MAX_SEARCH_BVECS, MAX_SEARCH_PAGES } from '../../model/search';
import { FIELD_LABELS, issueText, KERNEL_FIELDS, type SearchField } from '../../state/searchForm';
import { useSearch, useSearchStore } from './SearchContext';

/** Props of a form row: the field, a hint under the label, and the control. */
interface RowProps {
  readonly field: SearchField;
  readonly hint: string;
  readonly children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and (when invalid) the field's issue, wired for screen readers. */
function FieldRow({ field, hint, children }: RowProps) {
  const id = useId();
  const issue = useSearch((s) => s.issues.find((i) => i.field === field));
  const hintId = `${id}-hint`;
  const issueId = `${id}-issue`;
  return (
    <div className={`search-field${issue ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{FIELD_LABELS[field]}</label>
      {children({ id, describedBy: issue ? `${issueId} ${hintId}` : hintId, invalid: !!issue })}
      <span id={hintId} className="search-hint">
        {hint}
      </span>
      {issue && (
        <span id={issueId} className="search-issue" role="alert">
          {issueText(issue)}
        </span>
      )}
    </div>
  );
}

/** A whole-number text field (text, not type=number, so what was typed stays visible). */
function NumberField({
  field,
  hint,
  placeholder,
}: {
  field: SearchField;
  hint: string;
  placeholder?: string;
}) {
  const store = useSearchStore();
  const value = useSearch((s) => s.form[field]);
  return (
    <FieldRow field={field} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => store.getState().setField(field, e.target.value)}
        />
      )}
    </FieldRow>
  );
}

/** A select over fixed choices. */
function SelectField({
  field,
  hint,
  options,
}: {
  field: SearchField;
  hint: string;
  options: readonly { value: string; label: string }[];
}) {
  const store = useSearchStore();
  const value = useSearch((s) => s.form[field]);
  return (
    <FieldRow field={field} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => store.getState().setField(field, e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}

const CONTIGUITY_OPTIONS = [
  { value: 'none', label: 'none' },
  { value: 'physical', label: 'physical frames' },
  { value: 'machine', label: 'physical + machine' },
];

const KERNEL_HINTS: Readonly<Record<(typeof KERNEL_FIELDS)[number], string>> = {
  pageSize: 'PAGE_SIZE, a power of two',
  maxSegments: 'sg entries per request; blkif: 11',
  maxSegmentSize: 'bytes per sg entry',
  segmentBoundaryMask: 'sg entries never cross mask+1',
  maxHwSectors: '512-byte sectors per request',
};

const KERNEL_KEYS: readonly SearchField[] = [...KERNEL_FIELDS, 'clustering'];

/**
 * The what-ifs, collapsed by default (most searches use the 3.8 defaults); the summary lists the
 * changed ones, and the group opens by itself when one of its fields is invalid.
 */
function KernelWhatIfs() {
  const kernel = useSearch((s) => s.space.kernel);
  const form = useSearch((s) => s.form);
  const invalid = useSearch((s) => s.issues.some((i) => i.field && KERNEL_KEYS.includes(i.field)));
  const [open, setOpen] = useState(false);
  // Empty what-if fields mean the 3.8 default; the defaults that follow the page size follow it.
  const defaults = resolveKernelConfig({ pageSize: kernel.pageSize });
  const changed = KERNEL_KEYS.filter((k) => form[k].trim() !== '').map(
    (k) => `${FIELD_LABELS[k]} ${form[k].trim()}`,
  );
  return (
    <details
      className="search-kernel"
      open={open || invalid}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Kernel what-ifs{' '}
        <span className="search-kernel-state">
          {changed.length === 0 ? '(3.8-era blkfront defaults)' : `(${changed.join(', ')})`}
        </span>
      </summary>
      <div className="search-kernel-fields">
        {KERNEL_FIELDS.map((f) => (
          <NumberField
            key={f}
            field={f}
            hint={KERNEL_HINTS[f]}
            placeholder={`${defaults[f]} (default)`}
          />
        ))}
        <SelectField
          field="clustering"
          hint="may adjacent bio_vecs share an sg entry"
          options={[
            { value: '', label: 'default (on)' },
            { value: 'on', label: 'on' },
            { value: 'off', label: 'off' },
          ]}
        />
      </div>
    </details>
  );
}

/** The form (no props: it reads and edits the search store). */
export function SearchForm() {
  return (
    <div className="search-form">
      <fieldset className="search-layouts">
        <legend>Layouts of one READ request</legend>
        <NumberField field="pages" hint={`1–${MAX_SEARCH_PAGES} process pages`} />
        <NumberField field="maxBvecs" hint={`1 up to this, at most ${MAX_SEARCH_BVECS}`} />
        <NumberField field="granularity" hint="multiple of 512 dividing the page" />
        <SelectField
          field="contiguity"
          hint="adjacent frames let sg entries span pages"
          options={CONTIGUITY_OPTIONS}
        />
      </fieldset>
      <fieldset className="search-how">
        <legend>How to search</legend>
        <SelectField
          field="mode"
          hint="auto: exhaustive if small enough"
          options={[
            { value: '', label: 'auto' },
            { value: 'exhaustive', label: 'exhaustive' },
            { value: 'sample', label: 'random sample' },
          ]}
        />
        <NumberField field="samples" hint="layouts drawn when sampling" />
        <NumberField field="seed" hint="same seed, same layouts" />
      </fieldset>
      <KernelWhatIfs />
    </div>
  );
}
