// Why the scenario the user just tried did not load: a dismissible alert naming each field and
// rule. The previous scenario stays on screen underneath, so nothing the user had is lost.
import { useExplorer, useExplorerStore } from '../state/StoreContext';

/** The load-issues alert (renders nothing when the last load succeeded). */
export function LoadIssuesBanner() {
  const issues = useExplorer((s) => s.loadIssues);
  const store = useExplorerStore();
  if (!issues || issues.length === 0) return null;
  return (
    <div className="load-issues" role="alert">
      <p>
        <strong>That scenario could not be loaded</strong>; the explorer shows the last good one
        instead.
      </p>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => store.getState().dismissLoadIssues()}>
        Dismiss
      </button>
    </div>
  );
}
