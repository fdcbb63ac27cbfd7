// Composition root: read the link (or this tab's saved state) once, create the explorer store,
// keep the address bar in step with it, and mount the page for the view mode.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so component stylesheets imported below can refine them.
import '../ui/styles.css';
import { createExplorerStore } from '../state/explorerStore';
import { ExplorerStoreProvider, useExplorer } from '../state/StoreContext';
import { ExplorerApp } from '../ui/ExplorerApp';
import { startLanguage } from '../i18n/startLanguage';
import { initTheme } from '../ui/theme/useThemeChoice';
import { registerServiceWorker } from './serviceWorker';
import { readInitialStateFromUrl, readViewModeFromUrl, startUrlSync } from './urlSync';

// The embed and presentation views are separate chunks: most visitors never open them.
const EmbedApp = lazy(() => import('../ui/embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));
const PresentApp = lazy(() =>
  import('../ui/present/PresentApp').then((m) => ({ default: m.PresentApp })),
);

/** The page for the store's view mode: full explorer, embed (iframe) or presentation. */
function AppForMode() {
  const mode = useExplorer((s) => s.mode);
  return (
    <Suspense fallback={null}>
      {mode === 'embed' ? <EmbedApp /> : mode === 'present' ? <PresentApp /> : <ExplorerApp />}
    </Suspense>
  );
}

// The stored theme applies before anything renders, so the page never flashes the other one.
initTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in');

const { initial, issues } = readInitialStateFromUrl();
const mode = readViewModeFromUrl();
const store = createExplorerStore(mode ? { ...initial, mode } : initial);
// The link's lang=, the saved choice or the browser's languages; its text loads before the render.
const languageReady = startLanguage(store, initial.language);
// A bad link is explained in the dismissible banner; the store already fell back to a good state.
if (issues.length > 0) store.setState({ loadIssues: issues });
startUrlSync(store);

void languageReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <ExplorerStoreProvider store={store}>
        <AppForMode />
      </ExplorerStoreProvider>
    </StrictMode>,
  ),
);

// Offline after the first visit (production builds only).
registerServiceWorker();
