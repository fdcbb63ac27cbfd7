// What Run will search (the last valid settings and the space size), Run / Cancel, and while or
// after a run: a progress bar with count, rate and time left, and a status line read out politely.
import { formatDuration, formatRate, progressFigures } from '../../viz/searchProgress';
import { issueText } from '../../state/searchForm';
import type { SearchState } from '../../state/searchStore';
import { plainInteger } from '../format';
import { useSearch, useSearchStore } from './SearchContext';

const contiguityWords = {
  none: 'no adjacent pages',
  physical: 'physically contiguous',
  machine: 'machine contiguous',
} as const;

/** One line describing the space Run searches. */
function SpaceSummary() {
  const space = useSearch((s) => s.space);
  const size = useSearch((s) => s.size);
  const options = useSearch((s) => s.options);
  const issues = useSearch((s) => s.issues);
  const crossField = issues.filter((i) => i.field === null);
  return (
    <div className="search-space">
      <p>
        <strong>{plainInteger(size.labelled)}</strong> layouts: {space.pages} page
        {space.pages === 1 ? '' : 's'}, 1–{space.maxBvecs} bio_vec{space.maxBvecs === 1 ? '' : 's'},{' '}
        {space.granularity}-byte steps, {contiguityWords[space.contiguity]}
        {size.symmetric && size.shapes < size.labelled
          ? ` (${plainInteger(size.shapes)} shapes up to renumbering the pages)`
          : ''}
        .{' '}
        {options.mode === 'exhaustive'
          ? 'Small enough to check every one.'
          : `Too many to check every one: ${plainInteger(options.samples)} random layouts, seed ${options.seed}.`}
      </p>
      {issues.length > 0 && (
        <p className="search-kept" role="status">
          {crossField.map(issueText).join(' ')} Fix the marked field
          {issues.length === 1 ? '' : 's'}: until then, Run uses the last valid settings shown here.
        </p>
      )}
    </div>
  );
}

/** What the run's progress counts: shapes (one per class of relabelled layouts) or samples. */
const unitWord = (s: SearchState) =>
  s.result?.progress.unit === 'samples'
    ? 'random layouts'
    : s.size.symmetric
      ? 'shapes'
      : 'layouts';

/** The status sentence for a run. */
function statusText(s: SearchState): string {
  const p = s.result?.progress;
  const checked = p?.checked ?? 0;
  const total = p?.total ?? 0;
  const unit = unitWord(s);
  // Layouts the queue limits would never build as one request are visited but not counted.
  const skipped = p && p.excluded > 0 ? ` (${p.excluded} beyond the queue limits, skipped)` : '';
  switch (s.status) {
    case 'idle':
      return 'Not run yet.';
    case 'running':
      return `Searching: ${checked} of ${total} ${unit} checked…`;
    case 'done':
      return s.ranOptions?.mode === 'sample'
        ? `Done: ${checked} random layouts checked (seed ${s.ranOptions.seed})${skipped}.`
        : `Done: all ${checked} ${unit} checked${skipped}.`;
    case 'cancelled':
      return `Cancelled after ${checked} of ${total} ${unit}: the results below are partial.`;
    case 'failed':
      return `The search stopped: ${s.error ?? 'unknown error'}.`;
  }
}

/** Run / Cancel, progress and status. */
export function SearchRunBar() {
  const store = useSearchStore();
  const status = useSearch((s) => s.status);
  const result = useSearch((s) => s.result);
  const samples = useSearch((s) => s.samples);
  const text = useSearch(statusText);
  const unit = useSearch(unitWord);
  const running = status === 'running';
  const total = result?.progress.total ?? 0;
  const f = progressFigures(samples, total);
  const showBar = status !== 'idle';
  return (
    <div className="search-run">
      <SpaceSummary />
      <div className="search-buttons">
        <button type="button" className="search-primary" onClick={() => store.getState().start()}>
          {running ? 'Restart search' : status === 'idle' ? 'Run search' : 'Run again'}
        </button>
        <button type="button" disabled={!running} onClick={() => store.getState().cancel()}>
          Cancel
        </button>
      </div>
      {showBar && (
        <div className="search-progress">
          <progress
            aria-label="Search progress"
            max={Math.max(1, total)}
            value={f.checked}
            className={`is-${status}`}
          />
          <span className="search-progress-figures">
            {f.checked} / {total} {unit}
            {running && f.rate !== null && ` · ${formatRate(f.rate)}`}
            {running && f.etaSeconds !== null && ` · about ${formatDuration(f.etaSeconds)} left`}
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
