import { createSessionStore, type Session } from './session-store';

const memoryStorage = (): Storage => {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
};

const session = (expiresAt: number): Session => ({
  token: 'token-1',
  expiresAt,
  user: { id: 'u1', username: 'thu-ky', displayName: 'Thư ký HĐND', role: 'secretariat' },
});

describe('the session', () => {
  it('survives a reload of the tab', () => {
    const storage = memoryStorage();
    createSessionStore(storage, () => 1_000).signIn(session(60_000));
    const reloaded = createSessionStore(storage, () => 2_000);
    expect(reloaded.token()).toBe('token-1');
    expect(reloaded.getState().expired).toBe(false);
  });

  it('ends when its token’s time is up, saying it expired', () => {
    let now = 1_000;
    const store = createSessionStore(memoryStorage(), () => now);
    store.signIn(session(60_000));
    now = 60_000;
    expect(store.token()).toBeUndefined();
    expect(store.getState()).toEqual({ expired: true });
  });

  it('ends when the API refuses the token, and tells who listens', () => {
    const store = createSessionStore(memoryStorage(), () => 1_000);
    store.signIn(session(60_000));
    const heard = jest.fn();
    store.subscribe(heard);
    store.expire();
    expect(store.getState()).toEqual({ expired: true });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('starts expired when the tab is reopened after its token ran out', () => {
    const storage = memoryStorage();
    createSessionStore(storage, () => 1_000).signIn(session(60_000));
    const reopened = createSessionStore(storage, () => 61_000);
    expect(reopened.getState()).toEqual({ expired: true });
    expect(reopened.token()).toBeUndefined();
  });

  it('ends on time when asked, as the page’s timer asks', () => {
    let now = 1_000;
    const store = createSessionStore(memoryStorage(), () => now);
    store.signIn(session(60_000));
    store.checkExpiry();
    expect(store.getState().session).toBeDefined();
    now = 60_000;
    store.checkExpiry();
    expect(store.getState()).toEqual({ expired: true });
  });

  it('is forgotten on sign-out, which is not an expiry', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => 1_000);
    store.signIn(session(60_000));
    store.signOut();
    expect(store.getState()).toEqual({ expired: false });
    expect(createSessionStore(storage, () => 1_000).token()).toBeUndefined();
  });

  it('ignores what is stored when it is not a session', () => {
    const storage = memoryStorage();
    storage.setItem('hdnd.session', '{not json');
    expect(createSessionStore(storage).getState()).toEqual({ expired: false });
  });
});
