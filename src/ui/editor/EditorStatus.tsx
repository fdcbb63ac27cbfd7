// Whether the explorer shows the draft: "applied", or how many issues hold it back, and the way
// out of invalid edits ("Discard my edits"), which also takes a preset picked meanwhile.
import { useDraft, useDraftStore } from './EditorContext';

/** The editor's status line. */
export function EditorStatus() {
  const store = useDraftStore();
  const count = useDraft((s) => s.issues.length);
  const external = useDraft((s) => s.externalChange);
  return (
    <div className={count === 0 ? 'sed-status is-applied' : 'sed-status is-held'}>
      <p role="status">
        {count === 0 ? (
          <>
            <span aria-hidden="true">✓ </span>Applied: the explorer shows this scenario.
          </>
        ) : (
          <>
            <strong>
              {count} {count === 1 ? 'issue' : 'issues'}
            </strong>
            : the explorer keeps showing the last valid scenario until they are fixed.
            {external && ' Another scenario was loaded meanwhile; your edits were kept.'}
          </>
        )}
      </p>
      {count > 0 && (
        <button type="button" onClick={() => store.getState().discard()}>
          Discard my edits
        </button>
      )}
    </div>
  );
}
