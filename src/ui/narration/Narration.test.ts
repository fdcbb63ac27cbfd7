// Server-renders the narration to check the live region and its context line.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
// The app's i18next instance, in English (the components' text comes from it).
import '../../i18n/setup';
import { createExplorerStore } from '../../state/explorerStore';
import { ExplorerStoreProvider } from '../../state/StoreContext';
import { Narration } from './Narration';

const render = (step: number) =>
  renderToStaticMarkup(
    createElement(ExplorerStoreProvider, {
      store: createExplorerStore({ presetId: 'd62-commit-example', step, focus: '0a8704a51' }),
      children: createElement(Narration),
    }),
  );

describe('Narration', () => {
  it('puts the step narration in a polite status region', () => {
    const html = render(11);
    expect(html).toMatch(/<p class="narration-text" role="status" aria-live="polite">bio_vec 1/);
    expect(html).toContain('uninitialised (a fresh page)');
  });

  it('gives the step, the last step and the request in the context line', () => {
    expect(render(11)).toContain('Step 11 of 14 · request 0 · ');
    // op-start: no request yet.
    expect(render(0)).toMatch(/Step 0 of 14 · <span/);
  });
});
