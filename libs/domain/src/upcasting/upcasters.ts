import { CHAIR_NOT_RECORDED } from '../delegation/delegation.events';
import { EVENT_SCHEMA_VERSIONS } from '../events';
import { PROVINCIAL_COUNCIL, supervisionLawOn, type LocalDate, type Person } from '../shared';

type Data = Readonly<Record<string, unknown>>;

/** Turns an event's data of one schema version into the next version's. */
export type Upcaster = (data: Data) => Data;

/** A step that adds the supervision law in force on the date in `field` of the decision. */
const lawBy =
  (field: string): Upcaster =>
  (data) => ({ ...data, supervisionLaw: supervisionLawOn(data[field] as LocalDate) });

/**
 * Every change of an event's shape, as a step from one version to the next. Stored events are
 * never rewritten: reads pass them through these steps, so the domain and the projections only
 * ever see today's shapes, while the log keeps (and its hashes vouch for) what was written.
 */
export const UPCASTERS: Readonly<Record<string, Readonly<Record<number, Upcaster>>>> = {
  RecommendationIssued: {
    // v2 records the supervision law it was issued under; before, the date said it implicitly.
    1: (data) => ({ ...data, supervisionLaw: supervisionLawOn(data.issuedOn as LocalDate) }),
    // v3 says which source it comes from; every one before came from a delegation.
    2: ({ delegationId, ...data }) => ({
      ...data,
      source: { kind: 'delegation', id: delegationId },
    }),
  },
  // v2 of the council's later decisions on a case records the law each was taken under too.
  RecommendationEscalated: { 1: lawBy('escalatedOn') },
  DeadlineExtended: { 1: lawBy('extendedOn') },
  RecommendationClosed: { 1: lawBy('closedOn') },
  RecommendationReopened: { 1: lawBy('reopenedOn') },
  // v2 names the body that supervises; every delegation before it was the provincial council's.
  DelegationEstablished: { 1: (data) => ({ ...data, supervisor: PROVINCIAL_COUNCIL }) },
  SurveyRecorded: {
    // v2 always names its chair. v1 surveys were accepted without one, and no read model could
    // store them; the log cannot be edited, so they read as chaired by no one recorded.
    1: (data) => ({ ...data, chair: chairOf(data.chair) }),
  },
};

/** The chair as recorded, its position blank if it had none; or "not recorded". */
const chairOf = (chair: unknown): Person => {
  if (typeof chair !== 'object' || chair === null) return CHAIR_NOT_RECORDED;
  const { name, position } = chair as { name?: unknown; position?: unknown };
  if (typeof name !== 'string') return CHAIR_NOT_RECORDED;
  return { name, position: typeof position === 'string' ? position : '' };
};

export interface VersionedData {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * The event's data in today's version, or undefined when it is today's already (or of a type
 * the domain does not version, such as the audit stream's checkpoints).
 */
export const upcast = (
  event: VersionedData,
): { schemaVersion: number; data: unknown } | undefined => {
  const current = (EVENT_SCHEMA_VERSIONS as Readonly<Record<string, number>>)[event.type];
  if (current === undefined || event.schemaVersion >= current) return undefined;
  let { schemaVersion, data } = event;
  while (schemaVersion < current) {
    const step = UPCASTERS[event.type]?.[schemaVersion];
    if (!step)
      throw new Error(`No upcaster for ${event.type} from schema version ${schemaVersion}.`);
    data = step(data as Data);
    schemaVersion += 1;
  }
  return { schemaVersion, data };
};
