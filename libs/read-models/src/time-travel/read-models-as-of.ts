import type { Clock, EventStore } from '@hdnd/event-store';
import { fixedSource, openReadModelDatabase } from '../database/read-model-database';
import { buildReadModels } from '../verification/build-from-log';
import {
  RecommendationQueries,
  type RecommendationView,
} from '../recommendations/recommendations.queries';

/**
 * The tracker as it stood at an instant, built afresh: every projection applied, in a scratch
 * in-memory database, to the events recorded by then — never today's read model, which knows
 * what came after. Reads the log from the start, so it costs a pass over the log up to `asOf`.
 */
export const recommendationAsOf = async (
  store: EventStore,
  recommendationId: string,
  asOf: Date,
): Promise<RecommendationView | undefined> => {
  const db = openReadModelDatabase(':memory:');
  try {
    const until = asOf.toISOString();
    await buildReadModels(store, db, { include: (e) => e.metadata.recordedAt <= until });
    const then: Clock = { now: () => asOf };
    return await new RecommendationQueries(fixedSource(db), then).get(recommendationId);
  } finally {
    await db.destroy();
  }
};
