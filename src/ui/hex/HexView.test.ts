import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
// The app's i18next instance, in English (the components' text comes from it).
import '../../i18n/setup';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, type ExplorerStore } from '../../state/explorerStore';
import { ExplorerStoreProvider } from '../../state/StoreContext';
import { HexView } from './HexView';

// Server rendering reads zustand's initial state; render the store as it is now instead.
const render = (store: ExplorerStore) =>
  renderToStaticMarkup(
    createElement(ExplorerStoreProvider, {
      store: { ...store, getInitialState: store.getState },
      children: createElement(HexView),
    }),
  );

describe('HexView on the parted preset', () => {
  it('says when no READ has started yet', () => {
    const html = render(createExplorerStore({ presetId: 'parted-gpt', step: 0 }));
    expect(html).toContain('>Hex view</h2>');
    expect(html).toContain('No READ request has started by step 0');
    expect(html).not.toContain('role="grid"');
  });

  it('shows the 16 KiB read next to the disk, the header bytes marked as differing', () => {
    const html = render(createExplorerStore({ presetId: 'parted-gpt', step: 1e9 }));
    expect(html).toContain('<table class="hexdump is-grid" aria-label="Process read" role="grid"');
    expect(html).toContain('<table class="hexdump" aria-label="Disk holds"');
    expect(html).toContain('What the process read (0a8704a51)');
    expect(html).toContain('0a8704a51: 2095 bytes differ from the disk.');
    // Buffer offset 0x400: "E" (0x45) read where the disk holds 00, both marked.
    expect(html).toMatch(/<td data-i="1024" class="hex-byte is-diff"[^>]*>45<\/td>/);
    expect(html).toMatch(/<span data-i="1024" class="is-diff">E<\/span>/);
    expect(html).toContain('63 identical rows');
    // One tab stop for the whole grid.
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
  });

  it('dims bytes the completion has not copied yet', () => {
    const store = createExplorerStore({ presetId: 'parted-gpt', step: 1e9 });
    const req = store.getState().run.sim.requests[2]!;
    store.getState().setStep(req.firstStep + 3);
    const html = render(store);
    expect(html).toContain('In progress at step');
    expect(html).toContain('; 16384 not copied yet');
    expect(html).toMatch(/class="hex-byte is-pending[^"]*"[^>]*>\.\.<\/td>/);
  });

  it('marks the selected byte on both sides', () => {
    const store = createExplorerStore({ presetId: 'parted-gpt', step: 1e9 });
    store.getState().select({ version: '0a8704a51', page: 12, offset: 0 });
    const html = render(store);
    expect(html.match(/<td data-i="1024" class="hex-byte is-diff is-selected"/g)).toHaveLength(2);
    expect(html).toContain('aria-selected="true"');
  });
});
