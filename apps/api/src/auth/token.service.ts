import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { ROLES, type Role } from '@hdnd/domain';
import type { ActiveUser } from '@hdnd/identity';
import {
  AUTH_SETTINGS,
  TOKEN_ALGORITHM,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  type AuthSettings,
} from './auth-settings';
import type { Principal, TokenClaims } from './principal';
import { VerifiedTokens } from './verified-tokens';

/** Issues and checks access tokens: HS256 only, issuer, audience and expiry always checked. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  private readonly verified = new VerifiedTokens();

  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {
    // A KeyObject made once: given a string, jsonwebtoken first tries it as a public key and
    // then converts it, on every verification (a measurable share of each request's CPU).
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(settings.secret, 'utf8')) as unknown as string,
    });
  }

  issue(user: ActiveUser): { accessToken: string; expiresIn: number } {
    const claims: TokenClaims = {
      sub: user.userId,
      username: user.username,
      role: user.role,
      ...(user.agencyId !== undefined && { agencyId: user.agencyId }),
      ...(user.delegationIds !== undefined && { memberOf: user.delegationIds }),
    };
    const accessToken = this.jwt.sign(claims, {
      algorithm: TOKEN_ALGORITHM,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      expiresIn: this.settings.tokenTtlSeconds,
    });
    return { accessToken, expiresIn: this.settings.tokenTtlSeconds };
  }

  /** The principal a token names, or 401 for anything not issued by us, for us, and still valid. */
  verify(token: string): Principal {
    const known = this.verified.find(token);
    if (known) return known;
    let claims: Partial<TokenClaims & { exp: number }>;
    try {
      claims = this.jwt.verify<TokenClaims & { exp: number }>(token, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
      });
    } catch {
      throw new UnauthorizedException('The access token is invalid or expired.');
    }
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.username !== 'string' ||
      !ROLES.includes(claims.role as Role) ||
      typeof claims.exp !== 'number'
    )
      throw new UnauthorizedException('The access token is invalid or expired.');
    const principal: Principal = {
      userId: claims.sub,
      username: claims.username,
      role: claims.role!,
      ...(claims.agencyId !== undefined && { agencyId: claims.agencyId }),
      ...(claims.memberOf !== undefined && { memberOf: claims.memberOf }),
    };
    this.verified.remember(token, principal, claims.exp);
    return principal;
  }
}
