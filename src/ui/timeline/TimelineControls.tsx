// Play/Pause, stepping, the Timeline slider and speed. Names are a contract (ui-contract.md):
// "Play"/"Pause", "Step forward", "Step back", "Go to start", "Go to end", slider "Timeline".
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { SPEEDS } from '../../state/explorerStore';
import { TransportIcon, type TransportIconName } from './icons';
import './timeline.css';

const speedLabel = (s: number) => `${s}×`;

/** Props of TransportButton: its accessible name (a contract), key hint, icon and action. */
interface TransportButtonProps {
  readonly name: string;
  readonly keyHint: string;
  readonly icon: TransportIconName;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly primary?: boolean;
}

/** An icon button named for screen readers and tests, with its shortcut in the tooltip. */
function TransportButton({
  name,
  keyHint,
  icon,
  onClick,
  disabled,
  primary,
}: TransportButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'timeline-play' : undefined}
      onClick={onClick}
      disabled={disabled}
      aria-label={name}
      title={`${name} (${keyHint})`}
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
  const last = Math.max(0, count - 1);
  const atStart = step <= 0;
  const atEnd = step >= last;
  return (
    <section className="timeline" aria-label="Timeline controls">
      <div className="timeline-buttons">
        <TransportButton
          name="Go to start"
          keyHint="Home"
          icon="start"
          onClick={actions.goToStart}
          disabled={atStart}
        />
        <TransportButton
          name="Step back"
          keyHint="←"
          icon="back"
          onClick={actions.stepBack}
          disabled={atStart}
        />
        <TransportButton
          name={playing ? 'Pause' : 'Play'}
          keyHint="Space"
          icon={playing ? 'pause' : 'play'}
          onClick={actions.togglePlay}
          primary
        />
        <TransportButton
          name="Step forward"
          keyHint="→"
          icon="forward"
          onClick={() => {
            actions.setPlaying(false);
            actions.stepForward();
          }}
          disabled={atEnd}
        />
        <TransportButton
          name="Go to end"
          keyHint="End"
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
          aria-valuetext={`step ${step} of ${last}${request !== null ? `, request ${request}` : ''}`}
          onChange={(e) => store.getState().setStep(Number(e.currentTarget.value))}
        />
        {divergence !== null && last > 0 ? (
          <button
            type="button"
            className="timeline-divergence"
            style={{ left: `${(divergence / last) * 100}%` }}
            onClick={() => store.getState().setStep(divergence)}
            title={`The versions first disagree at step ${divergence}`}
            aria-label={`Go to step ${divergence}, where the versions first diverge`}
          >
            ◆
          </button>
        ) : null}
      </div>
      <div className="timeline-status" aria-live="off">
        <span>
          Step <strong>{step}</strong> / {last}
        </span>
        <span>{request !== null ? `request ${request} (${requestCount} in all)` : '\u00a0'}</span>
      </div>
      <label className="timeline-speed">
        Speed
        <select
          value={speed}
          onChange={(e) => store.getState().setSpeed(Number(e.currentTarget.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {speedLabel(s)} steps/s
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
