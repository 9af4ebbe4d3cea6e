import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { PUBLIC_ROUTE } from './access.decorator';
import { AUTH_SETTINGS, resolveAuthSettings, type AuthSettings } from './auth-settings';
import { AuthController, LOGIN_ROUTE } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { TokenService } from './token.service';
import { NoticeChoicesController } from './notice-choices.controller';
import { UsersController } from './users.controller';

const isLogin = (request: Request) => request.path === `/${LOGIN_ROUTE}`;

/**
 * Who is calling and what they may do: login, access tokens, the users admins manage, and
 * the two guards every route passes — AuthGuard (401/403), then RateLimitGuard (429).
 */
@Module({})
export class AuthModule {
  static forRoot(options: { dataDir: string; settings?: Partial<AuthSettings> }): DynamicModule {
    const settings = resolveAuthSettings(options.dataDir, options.settings);
    return {
      module: AuthModule,
      imports: [
        ThrottlerModule.forRoot({
          // Retry-After is what a client reads; the filter copies the named throttler's into it.
          throttlers: [
            {
              // Guessing passwords: a few attempts per username and address, then wait.
              name: 'login',
              ttl: 60_000,
              limit: settings.loginAttemptsPerMinute,
              skipIf: (context) => !isLogin(context.switchToHttp().getRequest<Request>()),
              getTracker: (request: Record<string, unknown>) => {
                const body = request.body as { username?: unknown } | undefined;
                return `${String(request.ip)}|${String(body?.username ?? '')}`;
              },
            },
            {
              // Bursts: anything signed in, per user. Liveness and readiness are not counted.
              name: 'requests',
              ttl: 60_000,
              limit: Math.max(settings.requestsPerMinute, 1),
              // The in-memory store keeps every hit of the window per client and filters them on
              // each request: 0 turns the limit off where a proxy already limits (and in bench:http).
              skipIf: (context) =>
                settings.requestsPerMinute === 0 ||
                (Reflect.getMetadata(PUBLIC_ROUTE, context.getHandler()) === true &&
                  !isLogin(context.switchToHttp().getRequest<Request>())),
            },
          ],
        }),
      ],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        TokenService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
      controllers: [AuthController, NoticeChoicesController, UsersController],
      exports: [AUTH_SETTINGS, TokenService],
    };
  }
}
