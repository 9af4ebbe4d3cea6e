import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '@hdnd/event-store';
import type { CommandContext as Context } from '@hdnd/application';
import type { Actor } from '@hdnd/event-store';
import { BadInput } from '../problem/bad-input';
import type { AuthenticatedRequest } from '../auth/auth.guard';

const IF_MATCH = /^(?:W\/)?"?(\d{1,15})"?$/;

/**
 * `If-Match: "3"` → 3n. `If-Match: *` matches any current representation (RFC 9110): the case
 * must exist, at whatever revision. A malformed header is bad input, not a silent
 * unconditional write.
 */
const expectedRevisionOf = (header: string | undefined): bigint | 'stream-exists' | undefined => {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return 'stream-exists';
  const match = IF_MATCH.exec(header.trim());
  if (!match)
    throw new BadInput('If-Match must be a stream revision in quotes, e.g. "3".', [
      { field: 'If-Match', code: 'isRevision', message: 'not a revision' },
    ]);
  return BigInt(match[1]!);
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key: <key>` → the key and a fingerprint of this request (method, path, body), so
 * that a retry answers the first answer and the same key with another request is refused.
 */
const idempotencyOf = (request: Request): Context['idempotency'] => {
  const key = request.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new BadInput('Idempotency-Key must be 1–200 visible ASCII characters.', [
      { field: 'Idempotency-Key', code: 'isIdempotencyKey', message: 'not a key' },
    ]);
  }
  const request_ = `${request.method} ${request.path}\n${canonicalJson(request.body ?? {})}`;
  return { key, fingerprint: createHash('sha256').update(request_).digest('hex') };
};

/**
 * The authenticated user the AuthGuard set on the request: what every event's metadata says
 * about who did it (user id, username, role, agency). A command route without one is a bug in
 * its declaration, never a reason to record the change anonymously.
 */
const actorOf = (request: AuthenticatedRequest): Actor => {
  if (!request.user) throw new UnauthorizedException('Sign in first.');
  const { userId, username, role, agencyId } = request.user;
  return { userId, username, role, ...(agencyId !== undefined && { agencyId }) };
};

/**
 * `@CommandContext() context: CommandContext` — builds the CommandContext of the request: who,
 * which request, what revision it expects. The decorator and the type share a name, as a
 * controller's parameter reads, and neither shadows @nestjs/cqrs's `Command` base class.
 */
export const CommandContext = createParamDecorator((_: unknown, ctx: ExecutionContext): Context => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const correlation = request.header('x-correlation-id');
  const expectedRevision = expectedRevisionOf(request.header('if-match'));
  const idempotency = idempotencyOf(request);
  return {
    commandId: randomUUID(),
    correlationId: correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : randomUUID(),
    actor: actorOf(request),
    ...(request.user?.memberOf && { memberOf: request.user.memberOf }),
    ...(expectedRevision !== undefined && { expectedRevision }),
    ...(idempotency && { idempotency }),
  };
});

export type CommandContext = Context;
