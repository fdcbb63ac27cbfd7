// Presets: scenario files under scenarios/ that the app, the CLI and the tests share.
import d62Example from '../../scenarios/d62-commit-example.json';
import defeatsD62 from '../../scenarios/defeats-d62.json';
import fullRing11 from '../../scenarios/full-ring-11.json';
import indirect256 from '../../scenarios/indirect-256.json';
import pageAligned from '../../scenarios/page-aligned.json';
import partedGpt from '../../scenarios/parted-gpt.json';
import raidRmw from '../../scenarios/raid-rmw.json';
import raidStripe from '../../scenarios/raid-stripe.json';

/** A named preset scenario (raw JSON: it goes through parseScenario like any file). */
export interface Preset {
  readonly id: string;
  readonly file: string;
  readonly json: unknown;
}

/** Presets in the order the picker shows them; the first is the default scenario. */
export const PRESETS: readonly Preset[] = [
  { id: 'parted-gpt', file: 'scenarios/parted-gpt.json', json: partedGpt },
  { id: 'd62-commit-example', file: 'scenarios/d62-commit-example.json', json: d62Example },
  { id: 'raid-stripe', file: 'scenarios/raid-stripe.json', json: raidStripe },
  { id: 'raid-rmw', file: 'scenarios/raid-rmw.json', json: raidRmw },
  { id: 'defeats-d62', file: 'scenarios/defeats-d62.json', json: defeatsD62 },
  { id: 'page-aligned', file: 'scenarios/page-aligned.json', json: pageAligned },
  { id: 'full-ring-11', file: 'scenarios/full-ring-11.json', json: fullRing11 },
  { id: 'indirect-256', file: 'scenarios/indirect-256.json', json: indirect256 },
];

/** The scenario the app opens with. */
export const DEFAULT_PRESET_ID = 'parted-gpt';
