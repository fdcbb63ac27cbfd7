// Composition root: create the explorer store and mount the page. (Reading the URL into the
// initial state arrives with share links; it will happen here, once.)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so component stylesheets imported below can refine them.
import '../ui/styles.css';
import { createExplorerStore } from '../state/explorerStore';
import { ExplorerStoreProvider } from '../state/StoreContext';
import { ExplorerApp } from '../ui/ExplorerApp';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in');

const store = createExplorerStore();

createRoot(container).render(
  <StrictMode>
    <ExplorerStoreProvider store={store}>
      <ExplorerApp />
    </ExplorerStoreProvider>
  </StrictMode>,
);
