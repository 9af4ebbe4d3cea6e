import { EVENT_SCHEMA_VERSIONS, type DomainEvent } from '@hdnd/domain';
import type { EventStore, RecordedEvent } from '@hdnd/event-store';

/** The stream an event belongs to, from the id its data leads with. */
const streamOf = (event: DomainEvent): string => {
  const data = event.data as Readonly<Record<string, unknown>>;
  for (const [key, prefix] of [
    ['recommendationId', 'recommendation'],
    ['obstacleId', 'obstacle'],
    // Before agencyId: an explanation session names the agency explaining, in its own stream.
    ['explanationSessionId', 'explanation-session'],
    ['agencyId', 'agency'],
    ['delegationId', 'delegation'],
    ['interpellationId', 'interpellation'],
  ] as const)
    if (typeof data[key] === 'string') return `${prefix}-${data[key]}`;
  throw new Error(`no stream for ${event.type}`);
};

/**
 * Domain events as the log hands them to the projections, in the order given: positions from 1,
 * revisions counted per stream, data through JSON, a clerk as the actor.
 */
export const recordedLog = (events: readonly DomainEvent[]): RecordedEvent[] => {
  const revisions = new Map<string, number>();
  return events.map((event, i) => {
    const streamId = streamOf(event);
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    return {
      eventId: `e-${i + 1}`,
      streamId,
      revision: BigInt(revision),
      position: BigInt(i + 1),
      type: event.type,
      schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
      data: JSON.parse(JSON.stringify(event.data)) as unknown,
      metadata: {
        actor: { userId: 'u-1', username: 'thu-ky', role: 'secretariat' },
        correlationId: `c-${i + 1}`,
        causationId: `c-${i + 1}`,
        command: 'Recorded',
        recordedAt: '2024-01-01T02:00:00.000Z',
      },
      hash: '',
    };
  });
};

/** A log that holds these events and only reads them back (what `buildReadModels` asks of a store). */
export const logOf = (events: readonly RecordedEvent[]): Pick<EventStore, 'readAll'> => ({
  async *readAll() {
    yield* events;
  },
});
