// From a validation issue's path (`ops[1].bvecs[0].length`) to the editor element that shows it:
// every field, row and group the form renders has an id derived from the path of the value it
// edits, so an issue finds its input without the form keeping a registry.
import type { ScenarioIssue } from '../../model';
import { formatPath } from '../../model/scenario/validate';
import type { Path } from './jsonTree';

/** A path as the validator writes it in ScenarioIssue.path. */
export const pathString = (path: Path): string => formatPath(path);

/** The DOM id of the element that edits `path` (a path string or array) inside one editor. */
export function fieldId(prefix: string, path: string | Path): string {
  const text = typeof path === 'string' ? path : pathString(path);
  const safe = text.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9_-]/g, '_');
  return `${prefix}-${safe}`;
}

// Every path the editor renders messages for, inline next to an input, a row or a group.
const EDITOR_FIELDS: readonly RegExp[] = [
  /^(title|description|ops)$/,
  /^kernel\.(pageSize|sectorSize|maxSegments|maxSegmentSize|segmentBoundaryMask|clustering|maxHwSectors)$/,
  /^disk\.(sectors|content)$/,
  /^memory\.pages\.(0|[1-9]\d*)(\.(pfn|mfn))?$/,
  /^ops\[\d+\](\.(op|sector|label|buffer|bvecs|fill))?$/,
  /^ops\[\d+\]\.buffer\.(address|length)$/,
  /^ops\[\d+\]\.bvecs\[\d+\](\.(page|offset|length))?$/,
  /^ops\[\d+\]\.fill\.(byte|text|offset|length)$/,
];

/** True when the editor shows this path's issues next to a field (else only in the summary). */
export const isEditorField = (path: string): boolean => EDITOR_FIELDS.some((re) => re.test(path));

/** The op an issue path belongs to (`ops[2].sector` → 2), or null. */
export function opIndexOf(path: string): number | null {
  const m = /^ops\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}

/** Issues grouped by path, in the validator's order (fields word them in the UI language). */
export function groupIssues(
  issues: readonly ScenarioIssue[],
): ReadonlyMap<string, readonly ScenarioIssue[]> {
  const map = new Map<string, ScenarioIssue[]>();
  for (const issue of issues) {
    const list = map.get(issue.path);
    if (list) list.push(issue);
    else map.set(issue.path, [issue]);
  }
  return map;
}

/** How many issues lie at `prefix` or below it (`ops[1]` counts `ops[1].bvecs[0].length`). */
export function countIssuesUnder(issues: readonly ScenarioIssue[], prefix: string): number {
  return issues.filter(
    (i) => i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`),
  ).length;
}
