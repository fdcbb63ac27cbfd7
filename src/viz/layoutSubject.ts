// One entry point for the view's geometry: whatever the step shows (a request, a failed op, or
// nothing), its layout. Memoise on (sim, subject key, focus, width): the step is not an input.
import type { Simulation, VersionId } from '../model';
import { type EinvalLayout, layoutEinval } from './einvalLayout';
import { layoutRequest, type PipelineLayout } from './pipelineLayout';
import type { PipelineSubject } from './subject';

/** Layout of anything the pipeline view can show. */
export type SubjectLayout = PipelineLayout | EinvalLayout | EmptyLayout;

/** Layout of a scenario with nothing to draw. */
export interface EmptyLayout {
  readonly kind: 'empty';
  readonly key: string;
  readonly width: number;
  readonly height: number;
}

/** The layout of `subject` for a pane `width` px wide, focus lane enlarged. */
export function layoutSubject(
  sim: Simulation,
  subject: PipelineSubject,
  focus: VersionId,
  width: number,
): SubjectLayout {
  switch (subject.kind) {
    case 'request':
      return layoutRequest({ sim, request: subject.request, focus, width });
    case 'einval':
      return layoutEinval(sim, subject.op, width);
    case 'empty':
      return { kind: 'empty', key: `none|${width}`, width, height: 80 };
  }
}
