import {
  agencyName,
  type COMPETENCE_LABELS,
  isCompetence,
  type ObstacleHistoryEntry,
} from './obstacle';

/*
 * What each step of an obstacle's history says besides its name and date: the agencies it
 * concerns by name, the level, the reason, how it was removed. As data (a catalogue key and the
 * text), so the page draws it and a test reads it without a browser.
 */

export const DETAIL_LABELS = {
  sourceAgency: 'obstacles.history.sourceAgency',
  agency: 'obstacles.history.agency',
  toAgency: 'obstacles.history.toAgency',
  fromAgency: 'obstacles.history.fromAgency',
  competence: 'obstacles.history.competence',
  reason: 'obstacles.history.reason',
  resolution: 'obstacles.history.resolution',
  basis: 'obstacles.history.basis',
  evidence: 'obstacles.history.evidence',
} as const;

export type DetailLabel = (typeof DETAIL_LABELS)[keyof typeof DETAIL_LABELS];

export type HistoryDetail =
  | { readonly label: DetailLabel; readonly text: string; readonly agencyId?: string }
  | { readonly label: DetailLabel; readonly competence: keyof typeof COMPETENCE_LABELS }
  /** The obstacle this one was merged into: a link. */
  | { readonly mergedInto: string };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The details a step shows, in reading order; none it does not carry. */
export const historyDetails = (entry: ObstacleHistoryEntry): HistoryDetail[] => {
  const details: HistoryDetail[] = [];
  const agency = (label: DetailLabel, ref: ObstacleHistoryEntry['agency']) => {
    if (ref) details.push({ label, text: agencyName(ref), agencyId: ref.id });
  };
  const words = (label: DetailLabel, value: unknown) => {
    const said = text(value);
    if (said !== undefined) details.push({ label, text: said });
  };
  switch (entry.type) {
    case 'ObstacleRecorded':
      agency(DETAIL_LABELS.sourceAgency, entry.sourceAgency);
      break;
    case 'ObstacleAssigned':
      agency(DETAIL_LABELS.agency, entry.agency);
      break;
    case 'ObstacleReferred':
      agency(DETAIL_LABELS.toAgency, entry.toAgency);
      break;
    case 'ObstacleTransferred':
      agency(DETAIL_LABELS.fromAgency, entry.fromAgency);
      agency(DETAIL_LABELS.toAgency, entry.toAgency);
      words(DETAIL_LABELS.basis, entry.basis);
      break;
    case 'ObstacleMerged':
      if (text(entry.intoObstacleId)) details.push({ mergedInto: entry.intoObstacleId! });
      break;
    default:
      break;
  }
  if (isCompetence(entry.competence))
    details.push({ label: DETAIL_LABELS.competence, competence: entry.competence });
  words(DETAIL_LABELS.reason, entry.note);
  words(DETAIL_LABELS.resolution, entry.resolution);
  const evidence = (entry.evidence ?? []).map((e) => `${e.title} (${e.reference})`).join('; ');
  words(DETAIL_LABELS.evidence, evidence);
  return details;
};
