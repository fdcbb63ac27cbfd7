// Registers the service worker that vite-plugin-pwa generates (sw.js, a Workbox precache of the
// whole build), so the app opens with no network after the first visit. Production builds only:
// under `vite` dev there is no sw.js, and a worker would serve stale modules during development.
// The URL and scope come from Vite's base, which is relative (`./`) by default: both then resolve
// against the page's own address, so the worker controls exactly the directory the app is in.

/** Registers sw.js once the page has loaded (so it never competes with the first paint). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((e: unknown) => {
      // Offline support is an extra: a refusal (private mode, file://, an old browser) is no error
      // for the explorer, which works the same online.
      console.warn('Offline support is unavailable: the service worker did not register.', e);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
