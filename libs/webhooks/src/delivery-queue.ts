import type { OwedDelivery } from './webhook-outbox';

/** One event owed to one webhook, as the dispatcher hands it on. */
export type Delivery = Omit<OwedDelivery, 'attempts'>;

/**
 * Where deliveries go when Redis runs the jobs: a BullMQ queue whose job id is the event's and
 * the webhook's, so handing the same delivery twice (a dispatcher that restarts from its
 * checkpoint) queues it once. Without it, deliveries wait in the SQLite outbox.
 */
export interface DeliveryQueue {
  enqueue(deliveries: readonly Delivery[]): Promise<void>;
}

export const WEBHOOK_DELIVERY_QUEUE = Symbol('WEBHOOK_DELIVERY_QUEUE');
