// The page: intro, preset picker, the chosen scenario, its outcome by version, and its requests.
// The preset choice is the only user state for now; everything shown is derived from it.
import { useMemo, useState } from 'react';
import { DEFAULT_PRESET_ID, PRESETS } from '../model';
import { presetById, presetTitle, runPreset } from '../state/presetRun';
import { OutcomeTable } from './OutcomeTable';
import { RequestList } from './RequestList';
import { ScenarioIssues } from './ScenarioIssues';
import { ScenarioPicker } from './ScenarioPicker';
import { ScenarioSummary } from './ScenarioSummary';

/** The whole Scatterlist Explorer page. */
export function App() {
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const preset = presetById(PRESETS, presetId, DEFAULT_PRESET_ID);
  const run = useMemo(() => runPreset(preset), [preset]);
  return (
    <>
      <header className="page-header">
        <h1>Scatterlist Explorer</h1>
        <p className="intro">
          In Linux 3.8, xen-blkfront&rsquo;s persistent-grant READ completion copied data back from
          the wrong grant page whenever a request&rsquo;s bio_vecs did not line up with its
          scatterlist, so O_DIRECT reads could silently return another request&rsquo;s bytes; pick a
          scenario to see what each version of that copy loop does with it.
        </p>
      </header>
      <main>
        <ScenarioPicker presets={PRESETS} value={preset.id} onChange={setPresetId} />
        <ScenarioSummary
          title={(run.ok && run.value.scenario.title) || presetTitle(preset)}
          description={run.ok ? run.value.scenario.description : undefined}
          file={preset.file}
        />
        {run.ok ? (
          <>
            <OutcomeTable totals={run.value.totals} />
            <RequestList simulation={run.value} />
          </>
        ) : (
          <ScenarioIssues file={preset.file} issues={run.error} />
        )}
      </main>
    </>
  );
}
