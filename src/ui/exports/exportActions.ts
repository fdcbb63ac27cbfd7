// What each entry of the Exports menu saves. Loaded only when the menu is first used (a lazy
// chunk), so the serialisers cost the first paint nothing.
import { assertNever } from '../../lib/assert';
import type { ExplorerState } from '../../state/explorerStore';
import { describeStep } from '../../viz/describeStep';
import { scenarioFileText } from '../editor/scenarioFile';
import { downloadBlob, downloadText } from './download';
import { ExportProblem } from './exportProblem';
import { fileStem, pictureFileName, pictureTitle } from './exportNames';
import { svgToPng } from './rasterise';
import { snapshotSvg, TITLE_CHAR_PX } from './svgSnapshot';

/** The things the Exports menu can save. */
export type ExportKind =
  'scenario-json' | 'pipeline-svg' | 'pipeline-png' | 'c-program' | 'blktrace';

/** The live pipeline drawing (PipelineView's <svg>), or null when none is on screen. */
export function findPipelineSvg(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('svg.pv-svg');
}

/** The standalone SVG text of the pipeline at the store's step and focus, with its size. */
export function pipelineSvg(
  state: ExplorerState,
  scenarioTitle: string,
): { text: string; width: number; height: number } {
  const live = findPipelineSvg();
  if (!live) throw new ExportProblem('no-pipeline', 'the pipeline picture is not on the page');
  const sim = state.run.sim;
  const width = Math.round(live.width.baseVal.value);
  const title = pictureTitle({
    scenarioTitle,
    step: state.step,
    steps: sim.steps.length,
    focus: state.focus,
    sentence: describeStep(sim, state.step, state.focus),
    widthPx: width,
    charPx: TITLE_CHAR_PX,
  });
  const text = snapshotSvg(live, title);
  // The file's own size (drawing plus title band) is in its root's attributes.
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  return {
    text,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
  };
}

/** Saves `kind` for the explorer's current state; returns the file name it saved. */
export async function saveExport(
  kind: ExportKind,
  state: ExplorerState,
  scenarioTitle: string,
): Promise<string> {
  const stem = fileStem(scenarioTitle);
  switch (kind) {
    case 'scenario-json': {
      // The scenario as the user gave it (the file format the editor and presets use).
      const name = `${stem}.json`;
      downloadText(name, scenarioFileText(state.scenarioJson), 'application/json');
      return name;
    }
    case 'pipeline-svg': {
      const name = pictureFileName(scenarioTitle, state.step, state.focus, 'svg');
      downloadText(name, pipelineSvg(state, scenarioTitle).text, 'image/svg+xml');
      return name;
    }
    case 'pipeline-png': {
      const name = pictureFileName(scenarioTitle, state.step, state.focus, 'png');
      const svg = pipelineSvg(state, scenarioTitle);
      downloadBlob(name, await svgToPng(svg.text, svg.width, svg.height));
      return name;
    }
    case 'c-program': {
      const { toCProgram } = await import('../../model/export');
      const name = `${stem}.c`;
      downloadText(name, toCProgram(state.run.sim.scenario), 'text/x-csrc');
      return name;
    }
    case 'blktrace': {
      const { toBlkparseLog } = await import('../../model/export');
      const name = `${stem}.blkparse.txt`;
      downloadText(name, toBlkparseLog(state.run.sim));
      return name;
    }
    default:
      return assertNever(kind, 'export kind');
  }
}
