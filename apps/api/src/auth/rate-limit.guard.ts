import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from './auth.guard';

/**
 * Requests per client per minute (@nestjs/throttler, in memory: one process). A signed-in
 * caller is counted by user, so people behind one office NAT do not starve each other; others
 * by address. Runs after the AuthGuard, which has set the user.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(request: AuthenticatedRequest): Promise<string> {
    return Promise.resolve(request.user ? `user:${request.user.userId}` : `ip:${request.ip}`);
  }
}
