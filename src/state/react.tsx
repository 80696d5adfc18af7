import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

/** Provides the page's store to every component below. */
export function StoreProvider(props: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={props.store}>{props.children}</StoreContext.Provider>;
}

/** The store itself (for actions outside render, e.g. `useAppStore().getState().run(...)`). */
export function useAppStore(): AppStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useApp outside StoreProvider');
  return s;
}

/** Select from the page's store: `const lang = useApp((s) => s.lang)`. Pair with `useShallow` for objects. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
