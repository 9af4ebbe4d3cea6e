import { createContext, useContext, useState, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { useSessionStore } from '../session/SessionProvider';
import { createApiClient, type ApiClient } from './client';

const ApiContext = createContext<ApiClient | undefined>(undefined);

/** One API client for the app, reading the session's token and the reader's language. */
export const ApiProvider = ({ children }: { children: ReactNode }) => {
  const session = useSessionStore();
  const [client] = useState(() =>
    createApiClient({
      token: session.token,
      language: () => i18n.language,
      unauthenticated: session.expire,
    }),
  );
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
};

export const useApi = (): ApiClient => {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
};
