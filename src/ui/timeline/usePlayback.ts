// Drives playback: while playing, a requestAnimationFrame loop advances the step at `speed`
// steps per second. The tick lives here, not in the store (the store only holds the cursor).
import { useEffect } from 'react';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';

/** Advances the store's step while it is playing. */
export function usePlayback(): void {
  const store = useExplorerStore();
  const playing = useExplorer((s) => s.playing);
  const speed = useExplorer((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      owed += ((now - last) / 1000) * speed;
      last = now;
      // At high speeds several steps may be due in one frame; take them all, but never more than
      // a frame's worth after a long pause (a background tab), so playback doesn't leap.
      const due = Math.min(Math.floor(owed), Math.max(1, Math.ceil(speed / 30)));
      if (due > 0) {
        owed -= due;
        const { step, setStep } = store.getState();
        setStep(step + due);
        if (step + due >= store.getState().run.sim.steps.length - 1)
          store.getState().setPlaying(false);
      }
      if (store.getState().playing) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, store]);
}
