import type { Clock, EventStore } from '@hdnd/event-store';
import { fixedSource, openReadModelDatabase } from '../database/read-model-database';
import { PROJECTIONS } from '../projections';
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
    for (const projection of PROJECTIONS) await projection.migrate(db);
    const until = asOf.toISOString();
    await db.transaction().execute(async (trx) => {
      for await (const event of store.readAll()) {
        if (event.metadata.recordedAt > until) continue;
        for (const projection of PROJECTIONS)
          if (projection.handles.has(event.type)) await projection.apply(trx, event);
      }
    });
    const then: Clock = { now: () => asOf };
    return await new RecommendationQueries(fixedSource(db), then).get(recommendationId);
  } finally {
    await db.destroy();
  }
};
