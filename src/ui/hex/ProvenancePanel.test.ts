import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
// The app's i18next instance, in English (the components' text comes from it).
import '../../i18n/setup';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, type ExplorerStore } from '../../state/explorerStore';
import { ExplorerStoreProvider } from '../../state/StoreContext';
import { ProvenancePanel } from './ProvenancePanel';

// Server rendering reads zustand's initial state; render the store as it is now instead.
const render = (store: ExplorerStore) =>
  renderToStaticMarkup(
    createElement(ExplorerStoreProvider, {
      store: { ...store, getInitialState: store.getState },
      children: createElement(ProvenancePanel),
    }),
  );

describe('ProvenancePanel', () => {
  it('invites a click when nothing is selected', () => {
    const html = render(createExplorerStore({ presetId: 'parted-gpt', step: 1e9 }));
    expect(html).toContain('role="region"');
    expect(html).toContain('Byte provenance</h2>');
    expect(html).toContain('Click a byte in the hex view to see where it came from.');
  });

  it('lists the chain of the stale "E" with a Go to step button per copy', () => {
    const store = createExplorerStore({ presetId: 'parted-gpt', step: 1e9 });
    store.getState().select({ version: '0a8704a51', page: 12, offset: 0 });
    const html = render(store);
    const steps = store.getState().run.sim.steps;
    const copy = steps.filter((s) => s.type === 'completion-copy' && s.request === 2)[1]!.index;
    const fill = steps.find((s) => s.type === 'backend-transfer' && s.request === 1)!.index;
    expect(html).toContain(`>Go to step ${copy}</button>`);
    expect(html).toContain(`>Go to step ${fill}</button>`);
    expect(html).toContain('<code>45</code> ‘E’; the disk holds <code>00</code>');
    expect(html).toContain('left by request 1 (stale)');
    expect(html).toContain('disk image: LBA 1, the primary GPT header');
    expect(html).toContain('>Close</button>');
  });
});
