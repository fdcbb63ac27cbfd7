// Scenario descriptions quote commands and identifiers in `backticks`, as in a commit message;
// render those spans as code instead of showing the backticks.

/** Props of ProseWithCode: the plain text to render. */
export interface ProseWithCodeProps {
  readonly text: string;
}

/** Text with `backtick` spans rendered as <code>. */
export function ProseWithCode({ text }: ProseWithCodeProps) {
  // split() puts the quoted spans at the odd indices; an unbalanced backtick leaves the tail plain.
  const parts = text.split('`');
  const balanced = parts.length % 2 === 1;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && (balanced || i < parts.length - 1) ? (
          <code key={i}>{part}</code>
        ) : (
          <span key={i}>{i % 2 === 1 ? `\`${part}` : part}</span>
        ),
      )}
    </>
  );
}
