import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScenarioIssues } from './ScenarioIssues';

describe('ScenarioIssues', () => {
  it('renders an alert naming each field path', () => {
    const html = renderToStaticMarkup(
      createElement(ScenarioIssues, {
        file: 'scenarios/broken.json',
        issues: [{ path: 'ops[1].bvecs[0].length', message: 'must be at least 512' }],
      }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('<code>ops[1].bvecs[0].length</code>: must be at least 512');
  });
});
