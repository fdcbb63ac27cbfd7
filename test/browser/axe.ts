// Accessibility audit with axe-core, injected into the page under test. axe-core is a
// devDependency; its browser bundle is read from node_modules and added as a <script>, then
// `axe.run()` audits the document as it is at that moment (open disclosures included).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** axe-core's browser bundle, read once per test file. */
function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The impacts a audit fails on (the issue asks for zero serious or critical violations). */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/** One violation, in a form that reads well in a test failure. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: ImpactValue | null;
  readonly help: string;
  /** CSS selectors of (at most five of) the offending nodes, with axe's summary for the first. */
  readonly nodes: readonly string[];
}

/** Runs axe on the page (WCAG 2.x A and AA rules plus best practices); returns every violation. */
export async function auditPage(page: Page): Promise<AxeFinding[]> {
  const source = await loadAxeSource();
  // Inject only once per document: a reload or navigation drops it, so check first.
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.addScriptTag({ content: source });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe;
    return axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
  });
  return (results as AxeResults).violations.map(toFinding);
}

/** Violations whose impact is serious or critical. */
export async function blockingViolations(page: Page): Promise<AxeFinding[]> {
  const all = await auditPage(page);
  return all.filter((f) => f.impact !== null && BLOCKING_IMPACTS.includes(f.impact));
}

function toFinding(v: Result): AxeFinding {
  return {
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n, i) => {
      const target = n.target.join(' ');
      return i === 0 && n.failureSummary ? `${target} — ${n.failureSummary}` : target;
    }),
  };
}
