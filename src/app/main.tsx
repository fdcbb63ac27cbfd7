// Composition root: create the explorer store and mount the page. (Reading the URL into the
// initial state arrives with share links; it will happen here, once.)
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so component stylesheets imported below can refine them.
import '../ui/styles.css';
import { createExplorerStore } from '../state/explorerStore';
import { ExplorerStoreProvider, useExplorer } from '../state/StoreContext';
import { ExplorerApp } from '../ui/ExplorerApp';

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

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in');

const store = createExplorerStore();

createRoot(container).render(
  <StrictMode>
    <ExplorerStoreProvider store={store}>
      <AppForMode />
    </ExplorerStoreProvider>
  </StrictMode>,
);
