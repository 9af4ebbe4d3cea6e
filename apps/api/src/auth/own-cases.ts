import { ForbiddenException } from '@nestjs/common';
import type { Principal } from './principal';

/**
 * What an agency user may read: the cases its agency answers for now (after a succession, the
 * successor's). Asking for another agency's list is refused rather than silently narrowed.
 */
export const ownCasesOnly = (
  user: Principal,
  requestedAgencyId: string | undefined,
): { agencyId?: string } => {
  if (user.role !== 'agency')
    return requestedAgencyId === undefined ? {} : { agencyId: requestedAgencyId };
  if (requestedAgencyId !== undefined && requestedAgencyId !== user.agencyId)
    throw new ForbiddenException('An agency user reads only its own agency’s cases.');
  return { agencyId: user.agencyId! };
};

/**
 * One case: an agency user reads it only while its own agency answers for it. Called before the
 * case's absence is answered (undefined: no such case), so that another agency's case and one
 * that does not exist are the same 403 to an agency user.
 */
export const ensureOwnCase = (
  user: Principal,
  answeringAgencyId: string | undefined,
  kind: string,
): void => {
  if (user.role === 'agency' && user.agencyId !== answeringAgencyId)
    // True of another agency's case and of one that does not exist: the refusal tells neither.
    throw new ForbiddenException(`This ${kind} is not one your agency answers for.`);
};
