// "strace": the process's syscalls as strace prints them, per op, with one row where all three
// versions print the same line and one row per version where they differ. Bytes that differ
// from what a correct kernel returns are marked (<mark>: tinted, bold and underlined, never colour
// alone) and the row has a ≠ in its gutter. `-s N` is strace's string limit; when a difference lies
// past it, a button raises -s just enough to show it. Each op's "step N" button moves the timeline
// to the end of that op.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, type Simulation } from '../../model';
// The symptoms sub-API directly (not the model index), so its code stays in this lazy chunk.
import { straceOf, type StraceLane, type StraceLine } from '../../model/symptoms';
import { selectFocus, selectSim } from '../../state/explorerStore';
import { useOpLabel } from '../../i18n/useOpLabel';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { straceLayout, type StraceGroup, type StraceRow } from '../../viz/straceDiff';
import {
  opLastStep,
  parseStringLimit,
  STRING_LIMIT_DEFAULT,
  STRING_LIMIT_MAX,
} from './straceSettings';

const LANES: readonly StraceLane[] = ['oracle', ...VERSION_IDS];

/** The command line the view stands for (a command: the same in every language). */
const STRACE_COMMAND = 'strace -e trace=open,lseek,read,write';

/** Every lane's strace lines at string limit `limit`. */
function allLines(sim: Simulation, limit: number): Record<StraceLane, readonly StraceLine[]> {
  const out = {} as Record<StraceLane, readonly StraceLine[]>;
  for (const lane of LANES) out[lane] = straceOf(sim, lane, { stringLimit: limit });
  return out;
}

/** The strace block: the -s setting and the grouped lines. */
export function StraceView() {
  const sim = useExplorer(selectSim);
  const { t } = useTranslation('symptoms');
  const headingId = useId();
  const inputId = useId();
  const [limit, setLimit] = useState(STRING_LIMIT_DEFAULT);
  const [draft, setDraft] = useState(String(STRING_LIMIT_DEFAULT));
  // Which rule the -s field breaks (kept as a rule, not text, so a language switch re-words it).
  const [problem, setProblem] = useState<'empty' | 'rule' | null>(null);
  // The op whose hidden difference the user asked to see: its first mark is brought into view.
  const [revealed, setRevealed] = useState<number | null>(null);
  const groups = useMemo(() => straceLayout(allLines(sim, limit)), [sim, limit]);
  const apply = (text: string) => {
    setDraft(text);
    const parsed = parseStringLimit(text);
    if (parsed.ok) {
      setLimit(parsed.value);
      setProblem(null);
    } else setProblem(text.trim() === '' ? 'empty' : 'rule');
  };
  const differing = groups.filter((g) => g.differs).length;
  return (
    <section className="symptom-block symptom-strace" aria-labelledby={headingId}>
      <h3 id={headingId}>
        strace <span className="symptom-cmd">{`${STRACE_COMMAND} -s ${limit}`}</span>
      </h3>
      <div className="symptom-controls">
        <label htmlFor={inputId}>{t('strace.limitLabel')}</label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={1}
          max={65536}
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-problem` : `${inputId}-hint`}
          onChange={(e) => {
            setRevealed(null);
            apply(e.target.value);
          }}
        />
        {problem ? (
          <span id={`${inputId}-problem`} className="symptom-problem" role="alert">
            {t('strace.showing', {
              problem: t(problem === 'empty' ? 'strace.limitEmpty' : 'strace.limitRule', {
                max: STRING_LIMIT_MAX,
              }),
              limit,
            })}
          </span>
        ) : (
          <span id={`${inputId}-hint`} className="symptom-quiet">
            {t('strace.limitHint')}{' '}
            {differing === 0
              ? t('strace.noneDiffers')
              : t('strace.opsDiffer', { count: differing })}
          </span>
        )}
      </div>
      <div className="strace-output" role="group" aria-label={t('strace.output')}>
        {groups.map((g) => (
          <StraceOp
            key={g.op ?? 'setup'}
            group={g}
            revealed={revealed !== null && g.op === revealed}
            onReveal={(n) => {
              apply(String(n));
              setRevealed(g.op);
            }}
          />
        ))}
      </div>
    </section>
  );
}

/** One op's rows, with its header (op number, label, step button) and any hidden difference. */
function StraceOp({
  group,
  revealed,
  onReveal,
}: {
  group: StraceGroup;
  /** The user just raised -s to see this op's difference. */
  revealed: boolean;
  onReveal: (limit: number) => void;
}) {
  const sim = useExplorer(selectSim);
  const store = useExplorerStore();
  const { t } = useTranslation('symptoms');
  const ref = useRef<HTMLDivElement>(null);
  // The "Show it" button is gone once the difference shows: put focus on the first differing row
  // (so keyboard users are not dropped to the page) and scroll its first mark into view.
  useEffect(() => {
    if (!revealed) return;
    const row = ref.current?.querySelector<HTMLElement>('.strace-row.strace-differs');
    row?.focus({ preventScroll: true });
    row?.querySelector('mark')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [revealed, group]);
  const opLabelOf = useOpLabel();
  const label = group.op === null ? undefined : opLabelOf(group.op);
  const last = group.op === null ? null : opLastStep(sim, group.op);
  return (
    <div ref={ref} className={`strace-op${group.differs ? ' strace-differs' : ''}`}>
      {group.op !== null && (
        <div className="strace-op-head">
          <span>
            {/* The op's label: a preset's in the interface language, a user's as written. */}
            {label
              ? t('strace.opLabelled', { op: group.op, label })
              : t('strace.op', { op: group.op })}
          </span>
          {last !== null && (
            <button
              type="button"
              onClick={() => store.getState().setStep(last)}
              title={t('strace.goToStepTitle')}
            >
              {t('strace.goToStep', { step: last })}
            </button>
          )}
        </div>
      )}
      {group.rows.map((row, i) => (
        <StraceRowView key={i} row={row} />
      ))}
      {group.hidden.map((h) => (
        <p key={h.lane} className="strace-hidden">
          <span aria-hidden="true">≠ </span>
          {t('strace.hidden', { lane: h.lane, start: h.start })}{' '}
          <button type="button" onClick={() => onReveal(h.limit)}>
            {t('strace.showIt', { limit: h.limit })}
          </button>
        </p>
      ))}
    </div>
  );
}

/** What a row's gutter says: the versions it stands for. */
function laneLabel(lanes: readonly StraceLane[], t: TFunction<'symptoms'>): string {
  if (lanes.length === VERSION_IDS.length) return t('strace.allThree');
  return lanes[0] === 'oracle' ? t('strace.correct') : lanes.join(', ');
}

/** One printed line with its gutter (≠ when it differs, and which versions print it). */
function StraceRowView({ row }: { row: StraceRow }) {
  const focus = useExplorer(selectFocus);
  const { t } = useTranslation('symptoms');
  const isFocus = row.lanes.length === 1 && row.lanes[0] === focus;
  const cls = `strace-row${row.differs ? ' strace-differs' : ''}${isFocus ? ' is-focus' : ''}${row.lanes[0] === 'oracle' ? ' is-oracle' : ''}`;
  return (
    <div className={cls} tabIndex={row.differs ? -1 : undefined}>
      <span className="strace-mark" aria-hidden="true">
        {row.differs ? '≠' : ''}
      </span>
      <span className="strace-lane">
        {laneLabel(row.lanes, t)}
        {row.differs && <span className="symptom-sr">{t('strace.differsSr')}</span>}
      </span>
      <code className="strace-text">
        {row.spans.map((s, i) => (s.differs ? <mark key={i}>{s.text}</mark> : s.text))}
      </code>
    </div>
  );
}
