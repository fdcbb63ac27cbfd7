// React access to the explorer store: the app creates one store and provides it; components read
// it through useExplorer(selector), re-rendering only when the selected value changes.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExplorerState, ExplorerStore } from './explorerStore';

const StoreContext = createContext<ExplorerStore | null>(null);

/** Provides the explorer store to the tree below. */
export function ExplorerStoreProvider({
  store,
  children,
}: {
  store: ExplorerStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself (for actions and imperative reads in effects). */
export function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorerStore must be used inside <ExplorerStoreProvider>');
  return store;
}

/** Subscribes to a slice of the explorer state. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}
