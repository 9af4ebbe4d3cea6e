import type { Principal } from './principal';

/** Sessions remembered at once; past this the oldest is forgotten (and verified again if sent). */
const REMEMBERED = 10_000;

/**
 * Tokens already verified, until they expire. A client sends the same token with every request
 * of its session, and checking its HMAC and claims again each time was a twentieth of a
 * command's CPU. Only the exact string that passed verification is found here, and never at or
 * after its `exp` — the moment jsonwebtoken itself would refuse it.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  find(token: string): Principal | undefined {
    const known = this.tokens.get(token);
    if (!known) return undefined;
    if (this.now() < known.expiresAtMs) return known.principal;
    this.tokens.delete(token);
    return undefined;
  }

  remember(token: string, principal: Principal, expiresAtSeconds: number): void {
    this.tokens.set(token, { principal, expiresAtMs: expiresAtSeconds * 1000 });
    if (this.tokens.size > REMEMBERED) this.tokens.delete(this.tokens.keys().next().value!);
  }
}
