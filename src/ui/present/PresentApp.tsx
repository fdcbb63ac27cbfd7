// Presentation mode, for a projector (1920 × 1080 or 1280 × 720) driven from the keyboard or a
// clicker (PageDown/PageUp, mapped by useKeyboardShortcuts): the scenario title, the pipeline with
// a very large narration and the focused version's code line beside it (landscape screens are
// wide, not tall), and slim timeline controls, in a high-contrast palette. Esc (or leaving
// fullscreen) returns to the full explorer.
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { useScenarioTitle } from '../embed/useScenarioTitle';
import { Narration } from '../narration/Narration';
import { PipelineView } from '../pipeline/PipelineView';
import { TimelineControls } from '../timeline/TimelineControls';
import { useKeyboardShortcuts } from '../timeline/useKeyboardShortcuts';
import { usePlayback } from '../timeline/usePlayback';
import { PresentCode } from './PresentCode';
import { useFollowAction } from './useFollowAction';
import { usePresentationExit } from './usePresentationExit';
import './present.css';
import './presentPalette.css';

/** The presentation page (no props: it reads and drives the explorer store). */
export function PresentApp() {
  usePlayback();
  useKeyboardShortcuts();
  const leave = usePresentationExit();
  const title = useScenarioTitle();
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  useFollowAction(stageRef);
  // The element that had focus (the Present button) is gone: start screen readers at the title.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="present-page">
      <header className="present-header">
        <h1 className="present-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="present-hint">
          <kbd>PageDown</kbd>/<kbd>→</kbd> {t('present.next')} · <kbd>PageUp</kbd>/<kbd>←</kbd>{' '}
          {t('present.back')} · <kbd>Esc</kbd> {t('present.leaves')}
        </p>
        <button type="button" className="present-leave" onClick={leave}>
          {t('present.leave')}
        </button>
      </header>
      <main className="present-main">
        <div className="present-stage" ref={stageRef}>
          <PipelineView />
        </div>
        <div className="present-side">
          <Narration />
          <PresentCode />
        </div>
      </main>
      <footer className="present-controls">
        <TimelineControls />
      </footer>
    </div>
  );
}
