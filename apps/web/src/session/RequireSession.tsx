import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './SessionProvider';

/**
 * Pages behind sign-in. Without a session (never signed in, signed out, or expired) the reader
 * goes to sign in, and `next` brings them back to the page they were on.
 */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { session } = useSession();
  const location = useLocation();
  if (session) return children;
  const next = `${location.pathname}${location.search}`;
  return (
    <Navigate
      to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`}
      replace
    />
  );
};
