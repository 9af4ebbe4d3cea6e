import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { createSessionStore, type SessionState, type SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | undefined>(undefined);

/**
 * Holds the session store for the app. Every answer read is forgotten when someone signs in or
 * out: the next person at a shared desk must never see, even for a moment, what the last one
 * was allowed to read. A session also ends on time while its page sits idle.
 */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const queries = useQueryClient();
  const [store] = useState((): SessionStore => {
    const created = createSessionStore(window.sessionStorage);
    return {
      ...created,
      signIn: (session) => {
        queries.clear();
        created.signIn(session);
      },
      signOut: () => {
        // The pages behind sign-in leave first: a page still showing while its answers are
        // cleared would ask again, without a token, and be refused.
        flushSync(() => created.signOut());
        queries.clear();
      },
    };
  });
  const { session } = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(store.checkExpiry, Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session, store]);
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
