// How the editor's components reach the draft: one context with the draft store and the id
// prefix of this editor, and hooks that select just what a field needs.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useIssueText } from '../../i18n/issueText';
import type { ScenarioIssue } from '../../model';
import type { KernelConfig } from '../../model/config';
import type { DraftState, DraftStore } from './draftStore';
import { fieldId } from './issuePaths';
import { getAt, type JsonObject, type Path } from './jsonTree';
import { kernelOfDraft } from './kernelFields';

interface EditorContextValue {
  readonly store: DraftStore;
  readonly idPrefix: string;
}

const EditorContext = createContext<EditorContextValue | null>(null);
const NO_ISSUES: readonly ScenarioIssue[] = [];

/** Props of EditorProvider: the draft store and the prefix of every field id in this editor. */
export interface EditorProviderProps {
  readonly store: DraftStore;
  readonly idPrefix: string;
  readonly children: ReactNode;
}

/** Provides one editor's draft store to its fields. */
export function EditorProvider({ store, idPrefix, children }: EditorProviderProps) {
  const value = useMemo(() => ({ store, idPrefix }), [store, idPrefix]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

function useEditorContext(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('editor fields must be inside <EditorProvider>');
  return ctx;
}

/** The draft store (for actions). */
export const useDraftStore = (): DraftStore => useEditorContext().store;

/** Subscribes to part of the draft state. */
export function useDraft<T>(selector: (s: DraftState) => T): T {
  return useStore(useEditorContext().store, selector);
}

/** The draft value at a path (subtrees keep their identity until edited). */
export const useDraftValue = (path: Path): unknown => useDraft((s) => getAt(s.draft, path));

/** The DOM id of the element that edits a path (see issuePaths.fieldId). */
export function useFieldId(path: string | Path): string {
  return fieldId(useEditorContext().idPrefix, path);
}

/** The issues at exactly this path, worded in the interface language. */
export function useIssues(path: string): readonly string[] {
  const issues = useDraft((s) => s.issuesByPath.get(path)) ?? NO_ISSUES;
  const issueText = useIssueText();
  return useMemo(() => issues.map(issueText), [issues, issueText]);
}

/** The kernel config the draft describes (usable values only; see kernelOfDraft). */
export function useDraftKernel(): KernelConfig {
  const kernel = useDraft((s) => s.draft.kernel);
  return useMemo(() => kernelOfDraft({ kernel } as JsonObject), [kernel]);
}
