// Problems the export code itself detects, with a code the menus translate (the English message
// stays for logs and for anything that shows the error as is).

/** What can go wrong before a file is made, by code (`problems.<code>` in the exports namespace). */
export type ExportProblemCode = 'no-pipeline';

/** An export that could not be made, for a reason this code knows. */
export class ExportProblem extends Error {
  constructor(
    readonly code: ExportProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportProblem';
  }
}

/** The problem's code when `e` is an ExportProblem, else null (a browser or unexpected error). */
export const problemCode = (e: unknown): ExportProblemCode | null =>
  e instanceof ExportProblem ? e.code : null;
