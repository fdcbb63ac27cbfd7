import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Where the site is served from. The default `./` makes every URL in the build relative (script
 * and style tags, lazy chunks, the manifest, the service worker and its scope), so the same
 * `dist/` works at a domain root, under any sub-path (GitHub Pages project sites) and from a
 * file copied anywhere. Set BASE_PATH=/sle/ for an absolute base instead; a missing trailing
 * slash is added, since Vite and the service worker scope both expect one.
 */
export function basePath(env: string | undefined): string {
  const value = env?.trim();
  if (!value) return './';
  return value.endsWith('/') ? value : `${value}/`;
}

const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  base,
  plugins: [
    react(),
    // Offline after the first visit: a Workbox service worker precaches the whole build (HTML,
    // JS including the lazy chunks, CSS, icons, manifest). It is registered by
    // src/app/serviceWorker.ts (injectRegister: null), so nothing is injected into index.html
    // but the manifest link. A new deployment takes over at the next load (skipWaiting +
    // clientsClaim): the app keeps no server state that an old tab could get out of step with.
    VitePWA({
      injectRegister: null,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'icon.svg'],
      manifest: {
        id: base,
        name: 'Scatterlist Explorer',
        short_name: 'Scatterlist',
        description:
          'See the Linux 3.8 xen-blkfront persistent-grant READ corruption happen, byte by byte, under three versions of the completion copy.',
        start_url: base,
        scope: base,
        display: 'standalone',
        // The light theme's page and accent colours (src/ui/styles.css).
        background_color: '#f7f7f5',
        theme_color: '#1f5fbf',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Navigations (including ?embed=1) get the cached app shell; the fragment carries state.
        navigateFallback: 'index.html',
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
