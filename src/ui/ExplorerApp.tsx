// The explorer page: scenario and version focus on top; the timeline, narration and pipeline in
// the middle (controls first, so they stay on screen) with the code pane beside them; hex view, provenance, outcome and requests below.
// Everything reads the one store; this component only arranges the panes.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { usePresetText } from '../i18n/usePresetText';
import { PRESETS } from '../model';
import { useExplorer, useExplorerStore } from '../state/StoreContext';
import { CodePane } from './code/CodePane';
import { EmbedCodeButton } from './embed/EmbedCode';
import { ExportsMenu } from './exports/ExportsMenu';
import { PresetsDisclosure } from './gallery/PresetsDisclosure';
import { EditorDisclosure } from './EditorDisclosure';
import { LoadIssuesBanner } from './LoadIssuesBanner';
import { Narration } from './narration/Narration';
import { OutcomeTable } from './OutcomeTable';
import { PipelineTable } from './pipeline/PipelineTable';
import { PipelineView } from './pipeline/PipelineView';
import { PresentButton } from './present/PresentButton';
import { QuizPanel } from './quiz/QuizPanel';
import { QuizProvider } from './quiz/QuizProvider';
import { QuizToggle } from './quiz/QuizToggle';
import { TourNotes } from './tour/TourNotes';
import { ThemeSwitch } from './theme/ThemeSwitch';
import { RequestList } from './RequestList';
import { ScenarioPicker } from './ScenarioPicker';
import { RecentScenarios } from './share/RecentScenarios';
import { ShareButtons } from './share/ShareButtons';
import { ScenarioSummary } from './ScenarioSummary';
import { SearchDisclosure } from './search/SearchDisclosure';
import { TimelineControls } from './timeline/TimelineControls';
import { useKeyboardShortcuts } from './timeline/useKeyboardShortcuts';
import { usePlayback } from './timeline/usePlayback';
import { VersionFocus } from './VersionFocus';
import './explorer.css';

// Below the fold: loaded after the first paint, to keep the initial JS small.
const HexPanes = lazy(() => import('./hex/HexPanes'));
// Symptom lab (strace, parted, disk before/after): also below the fold, its own chunk.
const SymptomLab = lazy(() => import('./symptoms/SymptomLab'));

/** The whole Scatterlist Explorer page. */
export function ExplorerApp() {
  usePlayback();
  useKeyboardShortcuts();
  const store = useExplorerStore();
  const presetId = useExplorer((s) => s.presetId);
  const sim = useExplorer((s) => s.run.sim);
  const preset = PRESETS.find((p) => p.id === presetId);
  const { t } = useTranslation();
  const presetText = usePresetText();
  return (
    <QuizProvider>
      <div className="explorer-page">
        <header className="explorer-header">
          <div className="explorer-brand">
            <h1>{t('header.title')}</h1>
            <p className="intro">{t('header.intro')}</p>
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
            <SearchDisclosure />
            <RecentScenarios />
            <ShareButtons />
            <div className="explorer-actions">
              <PresentButton />
              <EmbedCodeButton />
              <ExportsMenu />
              <ThemeSwitch />
              <LanguageSwitcher />
            </div>
          </div>
        </header>
        <LoadIssuesBanner />
        <main className="explorer-main">
          <section className="explorer-stage" aria-label={t('layout.pipeline')}>
            <TimelineControls />
            <Narration />
            <TourNotes actions={<QuizToggle />} />
            <QuizPanel />
            <PipelineView />
            <PipelineTable />
          </section>
          <aside className="explorer-side">
            <CodePane />
          </aside>
        </main>
        <section className="explorer-details">
          <Suspense fallback={<p className="explorer-loading">{t('layout.hexLoading')}</p>}>
            <HexPanes />
          </Suspense>
          {/* Right after the bytes of the hex view: what those bytes do to strace, parted and the
              disk; the outcome table then closes the page's details with the totals. */}
          <Suspense fallback={<p className="explorer-loading">{t('layout.symptomsLoading')}</p>}>
            <SymptomLab />
          </Suspense>
          <OutcomeTable totals={sim.totals} />
          {/* An unchanged preset is shown in the interface language; a custom scenario's text is
              the user's own and is never translated. */}
          <ScenarioSummary
            title={preset ? presetText(preset).title : (sim.scenario.title ?? t('picker.custom'))}
            description={preset ? presetText(preset).description : sim.scenario.description}
            file={preset?.file ?? t('scenario.customFile')}
          />
          <RequestList simulation={sim} />
        </section>
      </div>
    </QuizProvider>
  );
}
