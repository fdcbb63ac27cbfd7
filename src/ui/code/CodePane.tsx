// The code pane: the condensed kernel listing for the current step with the executing line marked
// (aria-current="step") and kept in view inside the pane, the lines that decided it tinted, a
// link to the upstream commit, and a watch panel with the loop variables at this step.
import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useExplorer } from '../../state/StoreContext';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { paneView } from './paneView';
import { WatchPanel } from './WatchPanel';
import { watchAt } from './watch';
import './code.css';

/** Leading spaces of a listing line: rendered as padding so wrapped lines keep a hanging indent. */
const indentOf = (text: string) => text.length - text.trimStart().length;

/** The code pane: current listing, highlighted line, commit link and watch panel. */
export function CodePane() {
  const { t } = useTranslation('code');
  const sim = useExplorer((s) => s.run.sim);
  const step = useExplorer((s) => s.step);
  const focus = useExplorer((s) => s.focus);
  const view = useMemo(() => paneView(sim, step, focus), [sim, step, focus]);
  const watch = useMemo(() => watchAt(sim, step, focus), [sim, step, focus]);
  const reducedMotion = usePrefersReducedMotion();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const currentRef = useRef<HTMLLIElement>(null);
  const shownListing = useRef<string | null>(null);
  // A string, so the scroll effect reruns only when the marked lines change, not on every step
  // of a loop that stays on one line (playing fast, that would force a layout per frame).
  const alsoKey = view.also.join(' ');

  // Scroll the pane (never the page) so the marked lines are in view: the executing statement and,
  // when they fit too, the lines that decided it (a merge test far above, the grant choice).
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const line = currentRef.current;
    if (!scroller) return;
    // A listing with nothing marked starts at its top, not at the old listing's scroll offset.
    if (!line) {
      if (shownListing.current !== view.listing.id) scroller.scrollTop = 0;
      shownListing.current = view.listing.id;
      return;
    }
    shownListing.current = view.listing.id;
    // The scroller is position: relative, so offsetTop is measured in its frame.
    const marked = [...scroller.querySelectorAll<HTMLElement>('.is-current, .is-also')];
    const top = Math.min(...marked.map((el) => el.offsetTop));
    const bottom = Math.max(...marked.map((el) => el.offsetTop + el.offsetHeight));
    const height = scroller.clientHeight;
    const [from, to] =
      bottom - top <= height * 0.8
        ? [top, bottom]
        : [line.offsetTop, line.offsetTop + line.offsetHeight];
    if (from >= scroller.scrollTop && to <= scroller.scrollTop + height) return;
    const target = Math.max(0, (from + to) / 2 - height / 2);
    scroller.scrollTo({ top: target, behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [view.listing.id, view.line, alsoKey, reducedMotion]);

  const { listing, line: current, also } = view;
  const shortCommit = listing.commit.slice(0, 12);
  // The listing's title in the interface language (the model's English for an unknown listing).
  const title = t(`listings.${listing.id}`, { defaultValue: listing.title });
  return (
    <section className="code-pane" aria-labelledby="code-pane-heading">
      <header className="code-pane-header">
        <h2 id="code-pane-heading">{t('heading')}</h2>
        <p className="code-pane-title">
          <span>{title}</span>{' '}
          <a href={listing.url} target="_blank" rel="noreferrer" title={t('upstream')}>
            <code>{shortCommit}</code>
          </a>
        </p>
      </header>
      <div
        className="code-pane-scroller"
        ref={scrollerRef}
        tabIndex={0}
        role="group"
        aria-label={t('listingLabel', { title })}
      >
        <ol className="code-lines">
          {listing.lines.map((line, n) => {
            // A statement split over lines is marked whole; aria-current stays on its first line.
            const isCurrent = line.statement === current;
            const isAlso = also.includes(line.statement);
            const isComment = line.text.trimStart().startsWith('//');
            const className = [
              'code-line',
              isCurrent ? 'is-current' : '',
              isAlso ? 'is-also' : '',
              isComment ? 'is-comment' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <li
                key={line.id}
                ref={line.id === current ? currentRef : undefined}
                className={className}
                aria-current={line.id === current ? 'step' : undefined}
                data-line-id={line.id}
              >
                <span className="code-line-number" aria-hidden="true">
                  {n + 1}
                </span>
                <code style={{ paddingLeft: `${indentOf(line.text)}ch` }}>
                  {line.text.trimStart() || '\u00a0'}
                </code>
              </li>
            );
          })}
        </ol>
      </div>
      {view.noteId ? (
        <p className="code-pane-note">{t(`notes.${view.noteId}`, { focus })}</p>
      ) : null}
      <WatchPanel watch={watch} />
    </section>
  );
}
