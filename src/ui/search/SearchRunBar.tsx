// What Run will search (the last valid settings and the space size), Run / Cancel, and while or
// after a run: a progress bar with count, rate and time left, and a status line read out politely.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { compactCount, durationParts, progressFigures } from '../../viz/searchProgress';
import type { SearchState } from '../../state/searchStore';
import { plainInteger } from '../format';
import { useIssueText } from './issueText';
import { useSearch, useSearchStore } from './SearchContext';

/** One line describing the space Run searches. */
function SpaceSummary() {
  const space = useSearch((s) => s.space);
  const size = useSearch((s) => s.size);
  const options = useSearch((s) => s.options);
  const issues = useSearch((s) => s.issues);
  const { t } = useTranslation('search');
  const issueText = useIssueText();
  const crossField = issues.filter((i) => i.field === null);
  // "<strong>N</strong> layouts: ...": the count is split off its unit so it can be bold.
  const [count, unit] = splitCount(t('run.layouts', { count: size.labelled }), size.labelled);
  return (
    <div className="search-space">
      <p>
        <strong>{count}</strong>
        {unit}
        {/* A colon after the count, then the space's parameters. */}
        {t('run.colon')}
        {t('run.space', {
          pages: t('run.pages', { count: space.pages }),
          bvecs: t('run.bvecs', { count: space.maxBvecs }),
          steps: t('run.steps', { granularity: space.granularity }),
          contiguity: t(`run.contiguity.${space.contiguity}`),
        })}
        {size.symmetric && size.shapes < size.labelled
          ? t('run.shapes', { shapes: plainInteger(size.shapes) })
          : ''}
        {t('run.period')}
        {options.mode === 'exhaustive'
          ? t('run.exhaustive')
          : t('run.sampled', { samples: plainInteger(options.samples), seed: options.seed })}
      </p>
      {issues.length > 0 && (
        <p className="search-kept" role="status">
          {[...crossField.map(issueText), t('run.kept', { count: issues.length })].join(' ')}
        </p>
      )}
    </div>
  );
}

/** "12 layouts" → ["12", " layouts"] (the count is the first occurrence of its digits). */
function splitCount(text: string, n: number): [string, string] {
  const digits = plainInteger(n);
  const at = text.indexOf(digits);
  if (at < 0) return ['', text];
  return [text.slice(0, at + digits.length), text.slice(at + digits.length)];
}

/** What the run's progress counts: shapes (one per class of relabelled layouts) or samples. */
const unitKey = (s: SearchState) =>
  s.result?.progress.unit === 'samples' ? 'samples' : s.size.symmetric ? 'shapes' : 'layouts';

/** The status sentence for a run. */
function statusText(s: SearchState, t: TFunction<'search'>): string {
  const p = s.result?.progress;
  const checked = p?.checked ?? 0;
  const total = p?.total ?? 0;
  const unit = t(`run.units.${unitKey(s)}`);
  // Layouts the queue limits would never build as one request are visited but not counted.
  const skipped = p && p.excluded > 0 ? t('run.skipped', { excluded: p.excluded }) : '';
  switch (s.status) {
    case 'idle':
      return t('run.status.idle');
    case 'running':
      return t('run.status.running', { checked, total, unit });
    case 'done':
      return s.ranOptions?.mode === 'sample'
        ? t('run.status.doneSampled', { checked, seed: s.ranOptions.seed, skipped })
        : t('run.status.done', { checked, unit, skipped });
    case 'cancelled':
      return t('run.status.cancelled', { checked, total, unit });
    case 'failed':
      // The worker's error is the engine's English (it names what failed); shown as it is.
      return t('run.status.failed', { error: s.error ?? t('run.status.unknownError') });
  }
}

/** Run / Cancel, progress and status. */
export function SearchRunBar() {
  const store = useSearchStore();
  const status = useSearch((s) => s.status);
  const result = useSearch((s) => s.result);
  const samples = useSearch((s) => s.samples);
  const { t } = useTranslation('search');
  const text = useSearch((s) => statusText(s, t));
  const unitId = useSearch(unitKey);
  const unit = t(`run.units.${unitId}`);
  const running = status === 'running';
  const total = result?.progress.total ?? 0;
  const f = progressFigures(samples, total);
  const showBar = status !== 'idle';
  return (
    <div className="search-run">
      <SpaceSummary />
      <div className="search-buttons">
        <button type="button" className="search-primary" onClick={() => store.getState().start()}>
          {running ? t('run.restart') : status === 'idle' ? t('run.start') : t('run.again')}
        </button>
        <button type="button" disabled={!running} onClick={() => store.getState().cancel()}>
          {t('run.cancel')}
        </button>
      </div>
      {showBar && (
        <div className="search-progress">
          <progress
            aria-label={t('run.progress')}
            max={Math.max(1, total)}
            value={f.checked}
            className={`is-${status}`}
          />
          <span className="search-progress-figures">
            {t('run.figures', { checked: f.checked, total, unit })}
            {running && f.rate !== null && t('run.rate', { rate: compactCount(f.rate) })}
            {running &&
              f.etaSeconds !== null &&
              t('run.eta', { time: durationText(durationParts(f.etaSeconds), t) })}
          </span>
        </div>
      )}
      <p
        className={`search-status is-${status}`}
        role={status === 'failed' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {text}
      </p>
    </div>
  );
}

/** "3 min 5 s" in the interface language. */
function durationText(d: ReturnType<typeof durationParts>, t: TFunction<'search'>): string {
  return t(`run.duration.${d.unit}`, d);
}
