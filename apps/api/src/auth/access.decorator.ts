import { SetMetadata } from '@nestjs/common';
import type { Role } from '@hdnd/domain';

export const ALLOWED_ROLES = 'hdnd:allowed-roles';
export const PUBLIC_ROUTE = 'hdnd:public-route';

/**
 * The roles that may call a route. Every route says who may call it; a route that says
 * nothing is refused to everyone (deny by default), and a test walks the routes to keep it so.
 */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** A route anyone may call without a token: login, liveness, readiness. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Everyone signed in. Agency users see only their own cases (each such route checks). */
export const READERS: Role[] = ['admin', 'secretariat', 'member', 'agency', 'auditor'];
/** Reads that span every agency's cases: not for agency users. */
export const SUPERVISION_READERS: Role[] = ['admin', 'secretariat', 'member', 'auditor'];
/** Who records the supervision's own decisions: the council's secretariat. */
export const RECORDERS: Role[] = ['secretariat'];
/** Surveys and findings: the secretariat, and members in their own delegations. */
export const FIELD_RECORDERS: Role[] = ['secretariat', 'member'];
/** Answers and progress: the secretariat (entering a letter) and the agency answering now. */
export const ANSWERERS: Role[] = ['secretariat', 'agency'];
/** The whole log with its metadata. */
export const AUDIT_READERS: Role[] = ['admin', 'auditor'];
