import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@hdnd/domain';
import { DisabledAccounts } from '@hdnd/identity';
import type { Request, Response } from 'express';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './access.decorator';
import type { Principal } from './principal';
import { TokenService } from './token.service';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

export type AuthenticatedRequest = Request & { user?: Principal };

/**
 * Every route: who is calling (401 without a valid token) and may that role call it (403).
 * A route that declares no roles is refused to all — deny by default. A disabled account's
 * tokens are refused although unexpired.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: DisabledAccounts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(
        'Send Authorization: Bearer <accessToken> (POST /api/auth/login).',
      );
    }
    let principal: Principal;
    try {
      principal = this.tokens.verify(match[1]!);
    } catch (error) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw error;
    }
    // A token outlives nothing it was issued for: a disabled account's session ends here.
    if (await this.accounts.isDisabled(principal.userId)) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new UnauthorizedException('This account is disabled.');
    }
    request.user = principal;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed?.includes(principal.role))
      throw new ForbiddenException(`The ${principal.role} role may not do this.`);
    return true;
  }
}
