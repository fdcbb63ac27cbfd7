// Play/Pause, stepping, the Timeline slider and speed. Names are a contract (ui-contract.md):
// "Play"/"Pause", "Step forward", "Step back", "Go to start", "Go to end", slider "Timeline".
// Those accessible names stay English in every interface language (scripts and tests find the
// controls by them); the tooltip, which screen readers also read as the description, translates.
import { useTranslation } from 'react-i18next';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { SPEEDS } from '../../state/explorerStore';
import { TransportIcon, type TransportIconName } from './icons';
import './timeline.css';

/** Props of TransportButton: its accessible name (a contract), tooltip, icon and action. */
interface TransportButtonProps {
  readonly name: string;
  /** The control's name and key in the interface language, e.g. "播放（空格键）". */
  readonly hint: string;
  readonly icon: TransportIconName;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly primary?: boolean;
}

/** An icon button named for screen readers and tests, with its shortcut in the tooltip. */
function TransportButton({ name, hint, icon, onClick, disabled, primary }: TransportButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'timeline-play' : undefined}
      onClick={onClick}
      disabled={disabled}
      aria-label={name}
      title={hint}
    >
      <TransportIcon name={icon} />
    </button>
  );
}

/** The step controls and timeline under the pipeline view. */
export function TimelineControls() {
  const store = useExplorerStore();
  const step = useExplorer((s) => s.step);
  const count = useExplorer((s) => s.run.sim.steps.length);
  const playing = useExplorer((s) => s.playing);
  const speed = useExplorer((s) => s.speed);
  const divergence = useExplorer((s) => s.run.divergence);
  const requestCount = useExplorer((s) => s.run.sim.requests.length);
  const request = useExplorer((s) => s.run.sim.steps[s.step]?.after.request ?? null);
  const actions = store.getState();
  const { t } = useTranslation();
  const hint = (name: string, key: string) =>
    t('timeline.keyHint', { name: t(`timeline.${name}`), key: t(`timeline.keys.${key}`) });
  const last = Math.max(0, count - 1);
  const atStart = step <= 0;
  const atEnd = step >= last;
  return (
    <section className="timeline" aria-label={t('timeline.region')}>
      <div className="timeline-buttons">
        <TransportButton
          name="Go to start"
          hint={hint('goToStart', 'home')}
          icon="start"
          onClick={actions.goToStart}
          disabled={atStart}
        />
        <TransportButton
          name="Step back"
          hint={hint('stepBack', 'left')}
          icon="back"
          onClick={actions.stepBack}
          disabled={atStart}
        />
        <TransportButton
          name={playing ? 'Pause' : 'Play'}
          hint={hint(playing ? 'pause' : 'play', 'space')}
          icon={playing ? 'pause' : 'play'}
          onClick={actions.togglePlay}
          primary
        />
        <TransportButton
          name="Step forward"
          hint={hint('stepForward', 'right')}
          icon="forward"
          onClick={() => {
            actions.setPlaying(false);
            actions.stepForward();
          }}
          disabled={atEnd}
        />
        <TransportButton
          name="Go to end"
          hint={hint('goToEnd', 'end')}
          icon="end"
          onClick={actions.goToEnd}
          disabled={atEnd}
        />
      </div>
      <div className="timeline-track">
        <input
          type="range"
          aria-label="Timeline"
          min={0}
          max={last}
          step={1}
          value={step}
          aria-valuetext={
            request !== null
              ? t('timeline.valueTextRequest', { step, last, request })
              : t('timeline.valueText', { step, last })
          }
          onChange={(e) => store.getState().setStep(Number(e.currentTarget.value))}
        />
        {divergence !== null && last > 0 ? (
          <button
            type="button"
            className="timeline-divergence"
            style={{ left: `${(divergence / last) * 100}%` }}
            onClick={() => store.getState().setStep(divergence)}
            title={t('timeline.divergenceTitle', { step: divergence })}
            aria-label={t('timeline.divergenceLabel', { step: divergence })}
          >
            ◆
          </button>
        ) : null}
      </div>
      <div className="timeline-status" aria-live="off">
        <span>
          {t('timeline.stepPrefix')}
          <strong>{step}</strong>
          {t('timeline.stepSuffix', { last })}
        </span>
        <span>
          {request !== null ? t('timeline.requestOf', { request, total: requestCount }) : '\u00a0'}
        </span>
      </div>
      <label className="timeline-speed">
        {t('timeline.speed')}
        <select
          value={speed}
          onChange={(e) => store.getState().setSpeed(Number(e.currentTarget.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('timeline.speedOption', { speed: s })}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
