// React access to the search panel's store (one per mounted panel).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SearchState, SearchStore } from '../../state/searchStore';

const SearchStoreContext = createContext<SearchStore | null>(null);

/** Provides the search store to the panel's components. */
export function SearchStoreProvider({
  store,
  children,
}: {
  store: SearchStore;
  children: ReactNode;
}) {
  return <SearchStoreContext.Provider value={store}>{children}</SearchStoreContext.Provider>;
}

/** The search store itself, for actions. */
export function useSearchStore(): SearchStore {
  const store = useContext(SearchStoreContext);
  if (!store) throw new Error('useSearchStore must be used inside <SearchStoreProvider>');
  return store;
}

/** Subscribes to a slice of the search state. */
export function useSearch<T>(selector: (state: SearchState) => T): T {
  return useStore(useSearchStore(), selector);
}
