// The small page-strip picture of a layout the search found: the gallery's preset thumbnail
// (viz/presetPreview) of the READ in the layout's scenario. Cached per layout, because snapshots
// arrive every ~100 ms with fresh copies of the same counterexamples.
import { parseScenario, simulate, type ScenarioInput } from '../../model';
import { counterexampleScenario, type Counterexample, type SearchSpace } from '../../model/search';
import { presetPreview, previewRequestIndex, type PresetPreview } from '../../viz/presetPreview';

/** A counterexample's scenario and picture (null when its scenario does not simulate). */
export interface CounterexampleView {
  readonly scenario: ScenarioInput;
  readonly preview: PresetPreview | null;
}

const MAX_CACHED = 200;
const cache = new Map<string, CounterexampleView>();

/** The scenario and thumbnail of `example` in `space`. */
export function counterexampleView(
  example: Counterexample,
  space: SearchSpace,
): CounterexampleView {
  const key = JSON.stringify([example, space]);
  const hit = cache.get(key);
  if (hit) return hit;
  const scenario = counterexampleScenario(example, space);
  let preview: PresetPreview | null = null;
  const parsed = parseScenario(scenario);
  if (parsed.ok) {
    const { requests } = simulate(parsed.value);
    // The layout is the scenario's last READ (earlier ops, if any, only prime the grant pool).
    const index =
      [...requests].reverse().find((r) => r.kind === 'read')?.index ??
      previewRequestIndex(requests);
    const request = index === null ? undefined : requests[index];
    if (request) preview = presetPreview(request, space.kernel.pageSize);
  }
  const view = { scenario, preview };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, view);
  return view;
}
