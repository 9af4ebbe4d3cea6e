import type { Role } from '@hdnd/domain';
import type { Actor } from '@hdnd/event-store';

/** The authenticated caller, as its access token says; set on the request by the AuthGuard. */
export interface Principal extends Actor {
  readonly role: Role;
  /** For `member` users: the delegations whose work they record. */
  readonly memberOf?: readonly string[];
}

/** The claims an access token carries besides iss/aud/exp/iat. */
export interface TokenClaims {
  readonly sub: string;
  readonly username: string;
  readonly role: Role;
  readonly agencyId?: string;
  readonly memberOf?: readonly string[];
}
