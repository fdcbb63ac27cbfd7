// Preset titles and descriptions by preset id. English comes from the scenario files themselves
// (so it cannot drift from them); other languages translate them in locales/<lang>/presets.json.
// Only unchanged presets are translated: a custom scenario's text is the user's own words.
import { PRESETS, type Preset } from '../model';
import { presetTitle } from '../state/presetRun';

/** One preset's text (a plain record, so it can be an i18next resource as it is). */
export type PresetText = { readonly title: string; readonly description?: string };

/** A preset's op labels by op index ("0", "1", ...), as written in its file. */
export type PresetOpLabels = Readonly<Record<string, string>>;

/** The op labels written in a preset's file (ops without a label are left out). */
export function presetOpLabels(preset: Preset): PresetOpLabels {
  const json = preset.json as { ops?: unknown } | null;
  const ops = Array.isArray(json?.ops) ? (json.ops as unknown[]) : [];
  const labels: Record<string, string> = {};
  ops.forEach((op, i) => {
    const label = (op as { label?: unknown } | null)?.label;
    if (typeof label === 'string') labels[String(i)] = label;
  });
  return labels;
}

/** The description written in a preset's file, if any. */
function presetDescription(preset: Preset): string | undefined {
  const json = preset.json as { description?: unknown } | null;
  return typeof json?.description === 'string' ? json.description : undefined;
}

/**
 * English preset text, keyed by preset id, read from the scenario files: the title, the
 * description and the ops' labels (`ops.<index>`), which are preset text too.
 */
export function presetTextsEn(): Record<string, PresetText & { readonly ops?: PresetOpLabels }> {
  return Object.fromEntries(
    PRESETS.map((p) => {
      const description = presetDescription(p);
      const ops = presetOpLabels(p);
      return [
        p.id,
        {
          title: presetTitle(p),
          ...(description === undefined ? {} : { description }),
          ...(Object.keys(ops).length > 0 ? { ops } : {}),
        },
      ];
    }),
  );
}
