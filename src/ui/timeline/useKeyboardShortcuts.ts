// Keyboard driving, for keyboard-only users and for presenters with a clicker:
// Space play/pause, ←/→ step, Home/End start/end, +/− speed, PageDown/PageUp step.
import { useEffect } from 'react';
import { useExplorerStore } from '../../state/StoreContext';

/** Elements that own their keys: typing in them must not drive the timeline. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return (target as HTMLInputElement).type !== 'range';
  // Buttons keep Space/Enter for activation.
  return false;
}

/** Installs the explorer's global shortcuts on the window. */
export function useKeyboardShortcuts(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      const s = store.getState();
      const isSlider = e.target instanceof HTMLInputElement && e.target.type === 'range';
      // A disclosure's <summary> opens on Space/Enter like a button: leave those keys to it.
      const isButton =
        e.target instanceof HTMLButtonElement ||
        (e.target instanceof HTMLElement && e.target.tagName === 'SUMMARY');
      switch (e.key) {
        case ' ':
          if (isButton) return; // the button's own activation
          s.togglePlay();
          break;
        case 'ArrowRight':
        case 'PageDown':
          if (isSlider) return; // the slider moves itself and reports through onChange
          s.setPlaying(false);
          s.stepForward();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          if (isSlider) return;
          s.stepBack();
          break;
        case 'Home':
          if (isSlider) return;
          s.goToStart();
          break;
        case 'End':
          if (isSlider) return;
          s.goToEnd();
          break;
        case '+':
        case '=':
          s.faster();
          break;
        case '-':
        case '_':
          s.slower();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
