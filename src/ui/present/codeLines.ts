// The few source lines a presentation shows instead of the whole code pane: the statement the
// focused version executes at this step, after the statements that decided it (the grant pick),
// each as one line of text (continuation lines joined).
import type { Simulation, VersionId } from '../../model';
import { paneView } from '../code/paneView';

/** One statement of the listing, and whether it is the one executing. */
export interface PresentCodeLine {
  readonly text: string;
  readonly current: boolean;
}

/** What the presentation's code strip shows, or null when no line of blkfront runs. */
export interface PresentCode {
  readonly title: string;
  readonly lines: readonly PresentCodeLine[];
}

/** The deciding and executing statements at `step` for version `focus`, in listing order. */
export function presentCode(sim: Simulation, step: number, focus: VersionId): PresentCode | null {
  const view = paneView(sim, step, focus);
  if (view.line === null) return null;
  const wanted = new Set([view.line, ...view.also]);
  const statements = new Map<string, string[]>();
  for (const line of view.listing.lines)
    if (wanted.has(line.statement)) {
      const parts = statements.get(line.statement) ?? [];
      parts.push(line.text.trim());
      statements.set(line.statement, parts);
    }
  return {
    title: view.listing.title,
    lines: [...statements].map(([id, parts]) => ({
      text: parts.join(' ').replace(/\(\s+/g, '(').replace(/\s+/g, ' '),
      current: id === view.line,
    })),
  };
}
