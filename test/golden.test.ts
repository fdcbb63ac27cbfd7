// Golden text traces of every preset: one line per step, reviewed in diffs. A missing golden file
// is written outside CI (and the test then passes); in CI it fails. Existing files are never
// rewritten by the test: after an intended change, delete the file and rerun, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/model/presets';
import { parseScenario } from '../src/model/scenario/validate';
import { simulate } from '../src/model/simulate';
import { traceText } from '../src/model/traceText';

const goldenPath = (id: string) => fileURLToPath(new URL(`./golden/${id}.txt`, import.meta.url));

describe('golden traces', () => {
  for (const preset of PRESETS) {
    it(preset.id, () => {
      const parsed = parseScenario(preset.json);
      if (!parsed.ok) throw new Error(`${preset.id} is invalid`);
      const text = traceText(simulate(parsed.value, { trace: true }));
      const file = goldenPath(preset.id);
      if (!existsSync(file)) {
        if (process.env.CI)
          throw new Error(`missing golden file ${file}: run the tests locally and commit it`);
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }
});
