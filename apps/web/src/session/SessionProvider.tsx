import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createSessionStore, type SessionState, type SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | undefined>(undefined);

/** Holds the session store for the app; signing out also forgets every answer read with it. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const queries = useQueryClient();
  const [store] = useState(() => {
    const created = createSessionStore(window.sessionStorage);
    return { ...created, signOut: () => (created.signOut(), queries.clear()) };
  });
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
};

export const useSessionStore = (): SessionStore => {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore outside SessionProvider');
  return store;
};

export const useSession = (): SessionState => {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState);
};
