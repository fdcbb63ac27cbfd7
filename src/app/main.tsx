// Composition root: load the styles and mount the page. No URL or store yet (issue #2 is the
// minimal page); when they arrive, they are read here once and handed down.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import '../ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
