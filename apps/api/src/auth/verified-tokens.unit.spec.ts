import { VerifiedTokens } from './verified-tokens';

const principal = { userId: 'u1', username: 'thu-ky', role: 'secretariat' as const };

describe('VerifiedTokens', () => {
  it('finds a remembered token until the second its exp names, and not from then on', () => {
    let now = 1_000_000;
    const tokens = new VerifiedTokens(() => now);
    tokens.remember('a.b.c', principal, 1_060);
    expect(tokens.find('a.b.c')).toBe(principal);
    now = 1_059_999;
    expect(tokens.find('a.b.c')).toBe(principal);
    now = 1_060_000;
    expect(tokens.find('a.b.c')).toBeUndefined();
    now = 1_000_000;
    // Forgotten once expired: only verification can bring it back.
    expect(tokens.find('a.b.c')).toBeUndefined();
  });

  it('finds only the exact string that was verified', () => {
    const tokens = new VerifiedTokens(() => 0);
    tokens.remember('a.b.c', principal, 60);
    expect(tokens.find('a.b.d')).toBeUndefined();
    expect(tokens.find('a.b.c ')).toBeUndefined();
  });
});
