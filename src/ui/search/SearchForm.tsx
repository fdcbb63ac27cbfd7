// The search space form: layouts (pages, bio_vecs, granularity, contiguity), kernel what-ifs and
// sampling. Fields hold what the user typed; an invalid one is marked, its issue (naming the field
// and the rule) sits under it, and the last valid settings stay in force (SpaceSummary says so).
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveKernelConfig } from '../../model/config';
import { MAX_SEARCH_BVECS, MAX_SEARCH_PAGES } from '../../model/search';
import { KERNEL_FIELDS, type SearchField } from '../../state/searchForm';
import { useIssueText } from './issueText';
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
  const { t } = useTranslation('search');
  const issueText = useIssueText();
  const issue = useSearch((s) => s.issues.find((i) => i.field === field));
  const hintId = `${id}-hint`;
  const issueId = `${id}-issue`;
  return (
    <div className={`search-field${issue ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{t(`fields.${field}`)}</label>
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

/** The contiguity choices (worded as `form.contiguity.<value>`). */
const CONTIGUITY_VALUES = ['none', 'physical', 'machine'] as const;

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
  const { t } = useTranslation('search');
  // Empty what-if fields mean the 3.8 default; the defaults that follow the page size follow it.
  const defaults = resolveKernelConfig({ pageSize: kernel.pageSize });
  const changed = KERNEL_KEYS.filter((k) => form[k].trim() !== '').map((k) =>
    t('form.whatIfOne', { label: t(`fields.${k}`), value: form[k].trim() }),
  );
  return (
    <details
      className="search-kernel"
      open={open || invalid}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t('form.whatIfs')}{' '}
        <span className="search-kernel-state">
          {changed.length === 0
            ? t('form.whatIfDefaults')
            : t('form.whatIfChanged', { changed: changed.join(t('form.listSeparator')) })}
        </span>
      </summary>
      <div className="search-kernel-fields">
        {KERNEL_FIELDS.map((f) => (
          <NumberField
            key={f}
            field={f}
            hint={t(`form.kernelHints.${f}`)}
            placeholder={t('form.defaultValue', { value: defaults[f] })}
          />
        ))}
        <SelectField
          field="clustering"
          hint={t('form.clusteringHint')}
          options={[
            { value: '', label: t('form.clusteringDefault') },
            { value: 'on', label: t('form.on') },
            { value: 'off', label: t('form.off') },
          ]}
        />
      </div>
    </details>
  );
}

/** The form (no props: it reads and edits the search store). */
export function SearchForm() {
  const { t } = useTranslation('search');
  return (
    <div className="search-form">
      <fieldset className="search-layouts">
        <legend>{t('form.layouts')}</legend>
        <NumberField field="pages" hint={t('form.pagesHint', { max: MAX_SEARCH_PAGES })} />
        <NumberField field="maxBvecs" hint={t('form.maxBvecsHint', { max: MAX_SEARCH_BVECS })} />
        <NumberField field="granularity" hint={t('form.granularityHint')} />
        <SelectField
          field="contiguity"
          hint={t('form.contiguityHint')}
          options={CONTIGUITY_VALUES.map((value) => ({
            value,
            label: t(`form.contiguity.${value}`),
          }))}
        />
      </fieldset>
      <fieldset className="search-how">
        <legend>{t('form.how')}</legend>
        <SelectField
          field="mode"
          hint={t('form.modeHint')}
          options={[
            { value: '', label: t('form.modes.auto') },
            { value: 'exhaustive', label: t('form.modes.exhaustive') },
            { value: 'sample', label: t('form.modes.sample') },
          ]}
        />
        <NumberField field="samples" hint={t('form.samplesHint')} />
        <NumberField field="seed" hint={t('form.seedHint')} />
      </fieldset>
      <KernelWhatIfs />
    </div>
  );
}
