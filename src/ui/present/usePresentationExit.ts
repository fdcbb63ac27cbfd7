// Leaving the presentation: Esc, or leaving fullscreen. In fullscreen the browser keeps Esc for
// itself (it exits fullscreen and the page sees no keydown), so fullscreenchange must count too.
import { useCallback, useEffect } from 'react';
import { useExplorerStore } from '../../state/StoreContext';

/** Exits fullscreen if the page holds it; failures (not allowed, not supported) are harmless. */
function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** Installs Esc and fullscreen-exit handling; returns the action that leaves the presentation. */
export function usePresentationExit(): () => void {
  const store = useExplorerStore();
  const leave = useCallback(() => {
    exitFullscreen();
    store.getState().setMode('full');
  }, [store]);
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      leave();
    };
    const onFullscreenChange = () => {
      // The Present button's request resolves after this view mounts: remember that it did.
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) leave();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [leave]);
  return leave;
}
