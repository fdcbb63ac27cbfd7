// Web Worker entry of the counterexample search: a thin adapter from worker messages to the search
// loop (searchLoop.ts), so the page's main thread only ever renders snapshots.
import { createSearchLoop } from './searchLoop';

// The worker global, typed by what this file uses (the app's tsconfig has the DOM lib, where
// `self` is a Window).
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
};

const handle = createSearchLoop({
  post: (reply) => scope.postMessage(reply),
  now: () => performance.now(),
  // A macrotask, so a message queued meanwhile (a new 'start') is handled before the next chunk.
  defer: (fn) => setTimeout(fn, 0),
});

scope.onmessage = (e) => handle(e.data);
