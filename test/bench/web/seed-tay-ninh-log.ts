import { randomUUID } from 'node:crypto';
import { SqliteEventStore, type NewEvent, type RecordedEvent } from '@hdnd/event-store';
import { ids, tayNinhCase } from '@hdnd/testing';

/** Recommendations per copied delegation: a delegation issues many, as a real one does. */
export const RECOMMENDATIONS_PER_DELEGATION = 100;
/** Delegations written at once: their appends group-commit together. */
const BLOCKS_AT_ONCE = 8;

/** Ids of one recommendation's case: each copy gets its own. */
const CASE_IDS = [
  ids.recommendation,
  ids.response,
  ...tayNinhCase.response.commitments.map((commitment) => commitment.commitmentId),
];
/** Ids of the delegation's part (its groups, survey, findings, the obstacle a finding raised). */
const DELEGATION_IDS = [
  ids.delegation,
  ids.group01,
  ids.group02,
  ids.survey,
  ids.indexFinding,
  ids.vneidFinding,
  ids.vneidObstacle,
];

type Level = 'once' | 'delegation' | 'case';
/** Agencies are registered once; a delegation's streams once per copy; a case per recommendation. */
const levelOf = (streamId: string): Level =>
  CASE_IDS.some((id) => streamId.endsWith(id))
    ? 'case'
    : DELEGATION_IDS.some((id) => streamId.endsWith(id))
      ? 'delegation'
      : 'once';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that no id is replaced inside a longer one. */
const pattern = (list: readonly string[]) =>
  new RegExp(
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
const DELEGATION_PATTERN = pattern(DELEGATION_IDS);
const CASE_PATTERN = pattern(CASE_IDS);

/** One recorded event again, as a new event with every id of its copy renamed. */
const copyOf = (event: RecordedEvent, block: number, n: number | undefined): NewEvent => {
  let json = JSON.stringify(event.data).replace(DELEGATION_PATTERN, (id) => `${id}-d${block}`);
  if (n !== undefined) json = json.replace(CASE_PATTERN, (id) => `${id}-${n}`);
  const data = JSON.parse(json) as Record<string, unknown>;
  // Rows the tracker lists one under another are told apart by their text, as real ones are.
  if (n !== undefined && event.type === 'RecommendationIssued')
    data.text = `${String(data.text)} (số ${n + 1})`;
  const { recordedAt: _recordedAt, ...metadata } = event.metadata;
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data,
    metadata,
  };
};

const streamOf = (streamId: string, block: number, n: number | undefined): string => {
  const renamed = streamId.replace(DELEGATION_PATTERN, (id) => `${id}-d${block}`);
  return n === undefined ? renamed : renamed.replace(CASE_PATTERN, (id) => `${id}-${n}`);
};

/** The template cut into runs of consecutive events of one level, in the log's order. */
const segments = (template: readonly RecordedEvent[]) => {
  const runs: { level: Level; events: RecordedEvent[] }[] = [];
  for (const event of template) {
    const level = levelOf(event.streamId);
    const last = runs.at(-1);
    if (last?.level === level) last.events.push(event);
    else runs.push({ level, events: [event] });
  }
  return runs;
};

/** Appends events to their streams, one append per stream, in the order they came. */
const appendAll = async (
  store: SqliteEventStore,
  events: readonly { streamId: string; event: NewEvent }[],
) => {
  const byStream = new Map<string, NewEvent[]>();
  for (const { streamId, event } of events) {
    const list = byStream.get(streamId) ?? [];
    list.push(event);
    byStream.set(streamId, list);
  }
  await Promise.all(
    [...byStream].map(([streamId, list]) =>
      store.append(streamId, list, { expectedRevision: 'any' }),
    ),
  );
};

/**
 * Writes a fresh log holding the Tây Ninh case repeated until it has `count` recommendations:
 * the agencies once; per 100 recommendations one delegation (groups, survey, findings, the
 * obstacle) and per recommendation its issue and UBND tỉnh's response, each with its own ids,
 * in the order the product recorded them. Written through the project's event store in bulk,
 * not through HTTP: the api's projections then build the read models from the log. Answers
 * the log's head position.
 */
export const seedTayNinhLog = async (
  file: string,
  template: readonly RecordedEvent[],
  count: number,
): Promise<bigint> => {
  const store = new SqliteEventStore({ file });
  const runs = segments(template);
  const blocks = Math.ceil(count / RECOMMENDATIONS_PER_DELEGATION);
  for (const run of runs.filter((r) => r.level === 'once'))
    await appendAll(
      store,
      run.events.map((event) => ({ streamId: event.streamId, event: copyOf(event, 0, undefined) })),
    );
  const writeBlock = async (block: number) => {
    const first = block * RECOMMENDATIONS_PER_DELEGATION;
    const cases = Math.min(RECOMMENDATIONS_PER_DELEGATION, count - first);
    for (const run of runs) {
      if (run.level === 'once') continue;
      const copies =
        run.level === 'case' ? Array.from({ length: cases }, (_, i) => first + i) : [undefined];
      await appendAll(
        store,
        copies.flatMap((n) =>
          run.events.map((event) => ({
            streamId: streamOf(event.streamId, block, n),
            event: copyOf(event, block, n),
          })),
        ),
      );
    }
  };
  for (let block = 0; block < blocks; block += BLOCKS_AT_ONCE)
    await Promise.all(
      Array.from({ length: Math.min(BLOCKS_AT_ONCE, blocks - block) }, (_, i) =>
        writeBlock(block + i),
      ),
    );
  const head = await store.headPosition();
  await store.close();
  return head;
};

/** The id of the n-th recommendation (from 0) of a seeded log. */
export const seededRecommendationId = (n: number): string => `${ids.recommendation}-${n}`;
