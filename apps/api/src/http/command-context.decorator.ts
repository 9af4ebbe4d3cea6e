import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type CommandContext } from '@hdnd/application';
import type { Actor } from '@hdnd/event-store';
import { BadInput } from '../problem/bad-input';

const IF_MATCH = /^(?:W\/)?"?(\d{1,15})"?$/;

/** `If-Match: "3"` → 3n. A malformed header is bad input, not a silent unconditional write. */
const expectedRevisionOf = (header: string | undefined): bigint | undefined => {
  if (header === undefined) return undefined;
  const match = IF_MATCH.exec(header.trim());
  if (!match)
    throw new BadInput('If-Match must be a stream revision in quotes, e.g. "3".', [
      { field: 'If-Match', message: 'not a revision' },
    ]);
  return BigInt(match[1]!);
};

/**
 * The authenticated user once the identity issue lands (set on the request by its guard);
 * until then every change is recorded as the system actor. This is the one seam.
 */
const actorOf = (request: Request & { user?: Actor }): Actor => request.user ?? SYSTEM_ACTOR;

/** Builds the CommandContext of the request: who, which request, what revision it expects. */
export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<Request & { user?: Actor }>();
  const correlation = request.header('x-correlation-id');
  const expectedRevision = expectedRevisionOf(request.header('if-match'));
  return {
    commandId: randomUUID(),
    correlationId: correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : randomUUID(),
    actor: actorOf(request),
    ...(expectedRevision !== undefined && { expectedRevision }),
  };
});
