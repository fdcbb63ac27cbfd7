// Server-renders the pane (no DOM needed) to check what a screen reader and a test would find.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
// The app's i18next instance, in English (the components' text comes from it).
import '../../i18n/setup';
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../state/explorerStore';
import { ExplorerStoreProvider } from '../../state/StoreContext';
import { CodePane } from './CodePane';

const render = (step: number, focus: '0a8704a51' | 'd62f69185' | 'b7649158') =>
  renderToStaticMarkup(
    createElement(ExplorerStoreProvider, {
      store: createExplorerStore({ presetId: 'd62-commit-example', step, focus }),
      children: createElement(CodePane),
    }),
  );

describe('CodePane', () => {
  it('is a region named by its "Code" heading, linking the upstream commit', () => {
    const html = render(11, 'b7649158');
    expect(html).toMatch(/<section[^>]*aria-labelledby="code-pane-heading"/);
    expect(html).toContain('<h2 id="code-pane-heading">Code</h2>');
    expect(html).toContain(
      'href="https://git.kernel.org/torvalds/c/b7649158a0d241f8d53d13ff7441858539e16656"',
    );
  });

  it('marks exactly one line aria-current="step": the first line of the executing statement', () => {
    const html = render(11, '0a8704a51');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="step" data-line-id="memcpy"/);
    // The continuation lines of the memcpy and the deciding `i = offset >> PAGE_SHIFT` are tinted.
    expect(html).toMatch(/class="code-line is-current" data-line-id="memcpy-2"/);
    expect(html).toMatch(/class="code-line is-also" data-line-id="pick"/);
  });

  it('shows the watch table with the focused lane variables', () => {
    const html = render(11, 'd62f69185');
    expect(html).toMatch(/<table class="code-watch" aria-label="Watch">/);
    // d62f69185 at bio_vec 1: offset is the previous bio_vec's end, 3584 + 512; i moved to 1.
    expect(html).toMatch(/<code>i<\/code><\/th><td>1<span class="visually-hidden"> \(changed\)/);
    expect(html).toMatch(/<code>offset<\/code><\/th><td>4096/);
    expect(html).toMatch(/<code>sg-&gt;offset<\/code><\/th><td class="is-na">—<\/td>/);
  });

  it('marks no line and explains why when no kernel code runs', () => {
    const html = render(0, 'b7649158');
    expect(html).not.toContain('aria-current');
    expect(html).toContain('blkfront has not been called yet');
  });
});
