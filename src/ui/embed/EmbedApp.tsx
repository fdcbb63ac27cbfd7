// The embed view, for an iframe in slides or a blog post: the scenario title, the timeline
// controls, narration and pipeline (the same components and hooks as the full explorer), and a
// link out to the full explorer. No picker, code pane, hex view or tables: the embedder chose
// the scenario, and the iframe is small. The page fits the iframe's height and the pipeline
// scrolls inside it, so the controls and narration never leave the frame.
import { useTranslation } from 'react-i18next';
import { useRef } from 'react';
import { Narration } from '../narration/Narration';
import { PipelineView } from '../pipeline/PipelineView';
import { TimelineControls } from '../timeline/TimelineControls';
import { useKeyboardShortcuts } from '../timeline/useKeyboardShortcuts';
import { usePlayback } from '../timeline/usePlayback';
import { useFollowAction } from '../present/useFollowAction';
import { OpenFullLink } from './OpenFullLink';
import { useScenarioTitle } from './useScenarioTitle';
import './embed.css';

/** The minimal embeddable page (no props: it reads the explorer store). */
export function EmbedApp() {
  usePlayback();
  useKeyboardShortcuts();
  const title = useScenarioTitle();
  const stageRef = useRef<HTMLDivElement>(null);
  useFollowAction(stageRef);
  const { t } = useTranslation();
  return (
    <div className="embed-page">
      <header className="embed-header">
        <h1 className="embed-title">{title}</h1>
        <p className="embed-brand">
          <span className="embed-brand-name">{t('header.title')}</span>
          <OpenFullLink />
        </p>
      </header>
      <main className="embed-main" aria-label={t('layout.pipeline')}>
        <TimelineControls />
        <Narration />
        <div className="embed-stage" ref={stageRef}>
          <PipelineView />
        </div>
      </main>
    </div>
  );
}
