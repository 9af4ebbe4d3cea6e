/*
 * The fields the administration page reads from the API's lists. The API's document leaves list
 * items untyped (Page.items), so they are named here, as the API's own views define them.
 */

/** A user account (the API's UserView): never a password or a hash. */
export interface UserItem {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  /** A disabled account cannot sign in, and its tokens are refused. */
  readonly status: 'active' | 'disabled';
  readonly agencyId?: string;
  readonly delegationIds?: readonly string[];
}

/** A day the government announced beyond the fixed holidays. */
export interface CalendarItem {
  readonly date: string;
  readonly kind: 'day-off' | 'working-day';
  readonly basis: string;
}

/** A registered webhook as its stream stands. */
export interface WebhookItem {
  readonly webhookId: string;
  readonly url: string;
  readonly agencyId?: string;
  readonly eventTypes: readonly string[];
  readonly registeredOn: string;
  readonly status: 'active' | 'disabled';
  /** Deliveries that exhausted their retries. */
  readonly failures: number;
}

/** A delivery given up after its last retry. */
export interface WebhookFailure {
  readonly eventId: string;
  readonly eventType: string;
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt: string;
}

/** An agency, as the pickers and names need it. */
export interface AgencyItem {
  readonly id: string;
  readonly name: string;
}
