// What a gallery card shows for a preset: title, teaser, thumbnail geometry and the per-version
// verdict. Each preset is simulated once (untraced, so cheap) and the card memoised for the
// page's lifetime: presets are bundled constants and never change.
import { VERSION_IDS, type Preset, type ScenarioIssue, type VersionId } from '../../model';
import { presetTitle, runPreset } from '../../state/presetRun';
import { presetPreview, previewRequestIndex, type PresetPreview } from '../../viz/presetPreview';
import { teaser } from './teaser';

/** Whether one version read the preset right over the whole run. */
export interface VersionVerdict {
  readonly version: VersionId;
  /** True when the version misdirected any byte or hit a kernel BUG. */
  readonly wrong: boolean;
}

/** Everything a preset's gallery card renders. */
export interface PresetCard {
  readonly id: string;
  readonly title: string;
  readonly teaser: string;
  /** The thumbnail, or null when the preset has no READ request (or does not run). */
  readonly preview: PresetPreview | null;
  /** One verdict per version, oldest first; empty when the preset does not run. */
  readonly verdict: readonly VersionVerdict[];
  /** Why the preset does not run, or null. */
  readonly issues: readonly ScenarioIssue[] | null;
}

const cards = new Map<string, PresetCard>();

/** Builds a preset's card (uncached: presetCard() memoises it). */
export function buildPresetCard(preset: Preset): PresetCard {
  const title = presetTitle(preset);
  const description = (preset.json as { description?: unknown } | null)?.description;
  const base = {
    id: preset.id,
    title,
    teaser: teaser(typeof description === 'string' ? description : undefined),
  };
  const run = runPreset(preset);
  if (!run.ok) return { ...base, preview: null, verdict: [], issues: run.error };
  const sim = run.value;
  const index = previewRequestIndex(sim.requests);
  const request = index === null ? undefined : sim.requests[index];
  return {
    ...base,
    preview: request ? presetPreview(request, sim.scenario.kernel.pageSize) : null,
    verdict: VERSION_IDS.map((version) => {
      const t = sim.totals[version];
      return { version, wrong: t.wrongBvecs > 0 || t.misdirectedBytes > 0 || t.bugs > 0 };
    }),
    issues: null,
  };
}

/** The card of `preset`, simulated on first use and memoised at module level. */
export function presetCard(preset: Preset): PresetCard {
  let card = cards.get(preset.id);
  if (!card) {
    card = buildPresetCard(preset);
    cards.set(preset.id, card);
  }
  return card;
}

/** The verdict as one line of text: "0a8704a51 ✗ · d62f69185 ✓ · b7649158 ✓". */
export const verdictText = (verdict: readonly VersionVerdict[]): string =>
  verdict.map((v) => `${v.version} ${v.wrong ? '✗' : '✓'}`).join(' · ');
