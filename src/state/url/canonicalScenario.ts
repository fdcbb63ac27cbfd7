// The canonical text of a scenario: what share links compress and what "is this a preset?" and the
// Recent list's de-duplication compare. Two scenarios that differ only in key order or whitespace
// get the same text, so the same scenario always gets the same link.
import { err, ok, type Result } from '../../lib/result';
import { PRESETS, parseScenario, type Preset, type ScenarioIssue } from '../../model';

/**
 * Validates scenario JSON (a value or JSON text) and returns its canonical text: compact JSON with
 * keys in the order of the format's schema. Defaults are kept as written, not dropped: a link must
 * reproduce what its author wrote (an explicit `"clustering": true` may be the point), and they
 * cost a few bytes after compression.
 */
export function canonicalScenarioText(json: unknown): Result<string, ScenarioIssue[]> {
  const parsed = parseScenario(json);
  if (!parsed.ok) return err(parsed.error);
  // parseScenario's `input` is zod's output, which lists keys in schema order whatever order the
  // file used (and integer-like keys such as memory page indices are ordered by JavaScript itself).
  return ok(JSON.stringify(parsed.value.input));
}

let presetTexts: ReadonlyMap<string, Preset> | undefined;

/** The preset whose canonical text this is, if any (so an unchanged preset links as `p=`). */
export function presetWithText(text: string): Preset | undefined {
  presetTexts ??= new Map(
    PRESETS.flatMap((p) => {
      const c = canonicalScenarioText(p.json);
      return c.ok ? [[c.value, p] as const] : [];
    }),
  );
  return presetTexts.get(text);
}
