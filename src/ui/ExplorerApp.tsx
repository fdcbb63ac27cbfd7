// The explorer page: scenario and version focus on top; the timeline, narration and pipeline in
// the middle (controls first, so they stay on screen) with the code pane beside them; hex view, provenance, outcome and requests below.
// Everything reads the one store; this component only arranges the panes.
import { lazy, Suspense } from 'react';
import { PRESETS } from '../model';
import { presetTitle } from '../state/presetRun';
import { useExplorer, useExplorerStore } from '../state/StoreContext';
import { CodePane } from './code/CodePane';
import { EmbedCodeButton } from './embed/EmbedCode';
import { PresetsDisclosure } from './gallery/PresetsDisclosure';
import { EditorDisclosure } from './EditorDisclosure';
import { LoadIssuesBanner } from './LoadIssuesBanner';
import { Narration } from './narration/Narration';
import { OutcomeTable } from './OutcomeTable';
import { PipelineView } from './pipeline/PipelineView';
import { PresentButton } from './present/PresentButton';
import { QuizPanel } from './quiz/QuizPanel';
import { QuizProvider } from './quiz/QuizProvider';
import { QuizToggle } from './quiz/QuizToggle';
import { TourNotes } from './tour/TourNotes';
import { RequestList } from './RequestList';
import { ScenarioPicker } from './ScenarioPicker';
import { RecentScenarios } from './share/RecentScenarios';
import { ShareButtons } from './share/ShareButtons';
import { ScenarioSummary } from './ScenarioSummary';
import { TimelineControls } from './timeline/TimelineControls';
import { useKeyboardShortcuts } from './timeline/useKeyboardShortcuts';
import { usePlayback } from './timeline/usePlayback';
import { VersionFocus } from './VersionFocus';
import './explorer.css';

// Below the fold: loaded after the first paint, to keep the initial JS small.
const HexPanes = lazy(() => import('./hex/HexPanes'));

/** The whole Scatterlist Explorer page. */
export function ExplorerApp() {
  usePlayback();
  useKeyboardShortcuts();
  const store = useExplorerStore();
  const presetId = useExplorer((s) => s.presetId);
  const sim = useExplorer((s) => s.run.sim);
  const preset = PRESETS.find((p) => p.id === presetId);
  return (
    <QuizProvider>
      <div className="explorer-page">
        <header className="explorer-header">
          <div className="explorer-brand">
            <h1>Scatterlist Explorer</h1>
            <p className="intro">
              Watch each 512-byte piece of a READ travel through Linux 3.8&rsquo;s xen-blkfront, and
              see which versions of its completion copy take it from the wrong grant page.
            </p>
          </div>
          <div className="explorer-choices">
            <ScenarioPicker
              presets={PRESETS}
              value={presetId ?? ''}
              onChange={(id) => store.getState().loadPreset(id)}
            />
            <VersionFocus />
          </div>
          {/* One row of tools; an opened disclosure takes the full width below it (CSS). */}
          <div className="explorer-toolbar">
            <PresetsDisclosure />
            <EditorDisclosure />
            <RecentScenarios />
            <ShareButtons />
            <div className="explorer-actions">
              <PresentButton />
              <EmbedCodeButton />
            </div>
          </div>
        </header>
        <LoadIssuesBanner />
        <main className="explorer-main">
          <section className="explorer-stage" aria-label="Pipeline">
            <TimelineControls />
            <Narration />
            <TourNotes actions={<QuizToggle />} />
            <QuizPanel />
            <PipelineView />
          </section>
          <aside className="explorer-side">
            <CodePane />
          </aside>
        </main>
        <section className="explorer-details">
          <Suspense fallback={<p className="explorer-loading">Loading the hex view…</p>}>
            <HexPanes />
          </Suspense>
          <OutcomeTable totals={sim.totals} />
          <ScenarioSummary
            title={sim.scenario.title ?? (preset ? presetTitle(preset) : 'Custom scenario')}
            description={sim.scenario.description}
            file={preset?.file ?? '(custom)'}
          />
          <RequestList simulation={sim} />
        </section>
      </div>
    </QuizProvider>
  );
}
