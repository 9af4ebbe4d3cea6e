import type { Role } from '../shell/roles';

/** Who is signed in, and until when their token is good. */
export interface Session {
  readonly token: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly role: Role;
  };
}

export interface SessionState {
  readonly session?: Session;
  /** The last session ended by itself (expired or refused), not by signing out. */
  readonly expired: boolean;
}

const STORAGE_KEY = 'hdnd.session';
const SIGNED_OUT: SessionState = { expired: false };
const EXPIRED: SessionState = { expired: true };

const parse = (text: string | null): Session | undefined => {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Session>;
    return typeof value.token === 'string' && typeof value.expiresAt === 'number'
      ? (value as Session)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The session, kept in sessionStorage: it survives a reload and stays with the tab, and is
 * gone when the browser closes, as a shared office computer needs. Components read it through
 * useSyncExternalStore; the API client reads the token from it at every request.
 */
export const createSessionStore = (storage: Storage, now: () => number = Date.now) => {
  const stored = parse(storage.getItem(STORAGE_KEY));
  // A tab reopened after its token ran out starts at sign-in, told why.
  let state: SessionState = !stored
    ? SIGNED_OUT
    : stored.expiresAt > now()
      ? { session: stored, expired: false }
      : EXPIRED;
  const listeners = new Set<() => void>();
  const set = (next: SessionState) => {
    state = next;
    if (next.session) storage.setItem(STORAGE_KEY, JSON.stringify(next.session));
    else storage.removeItem(STORAGE_KEY);
    listeners.forEach((listener) => listener());
  };
  /** A token past its time is over before the API has to say so. */
  const checkExpiry = (): void => {
    if (state.session && state.session.expiresAt <= now()) set(EXPIRED);
  };
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** The state as it is; pure, as React's useSyncExternalStore needs. */
    getState: (): SessionState => state,
    checkExpiry,
    token: () => {
      checkExpiry();
      return state.session?.token;
    },
    signIn: (session: Session) => set({ session, expired: false }),
    signOut: () => set(SIGNED_OUT),
    /** The API refused the token: back to sign-in, saying why. */
    expire: () => {
      if (state.session) set(EXPIRED);
    },
  };
};

export type SessionStore = ReturnType<typeof createSessionStore>;
