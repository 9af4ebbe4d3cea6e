import type { RecommendationView } from '@hdnd/read-models';
import type { CellText } from '../docx/word-xml';
import { EVENT_WORDS, VERDICT_WORDS } from '../words/event-words';
import {
  ESCALATION_WORDS,
  OUTCOME_WORDS,
  POSITION_WORDS,
  wordFor,
} from '../words/vietnamese-words';
import { vietnameseDate } from '../words/vietnamese-date';

/** A step of a case's timeline, as the tracker gives it. */
export type HistoryEntry = RecommendationView['timeline'][number];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const date = (value: unknown): string => vietnameseDate(text(value));
const agency = (value: unknown): string => {
  const ref = value as { id?: string; name?: string | null } | undefined;
  return ref?.name ?? ref?.id ?? '';
};
const deadlineName = (deadline: unknown): string =>
  deadline === 'response' ? 'hạn trả lời' : 'hạn thực hiện cam kết';

/** The lines that say what happened, beyond the event's name, in the console's words. */
const detailsOf = (e: HistoryEntry): string[] => {
  switch (e.type) {
    case 'RecommendationIssued':
      return [text(e.text), `Hạn trả lời: ${date(e.responseDueOn)}`];
    case 'ResponseRecorded': {
      const commitments = (e.commitments as { text: string; dueOn: string }[] | undefined) ?? [];
      return [
        `${wordFor(POSITION_WORDS, text(e.position))} (ngày ${date(e.respondedOn)})`,
        text(e.text),
        ...commitments.map((c) => `Cam kết: ${c.text} (hạn ${vietnameseDate(c.dueOn)})`),
      ];
    }
    case 'ResponseAssessed':
      return [
        wordFor(VERDICT_WORDS, text(e.verdict)),
        text(e.note),
        ...(e.newResponseDueOn ? [`Hạn trả lời mới: ${date(e.newResponseDueOn)}`] : []),
      ];
    case 'ProgressReported':
      return [text(e.text), ...(typeof e.percent === 'number' ? [`Tiến độ: ${e.percent}%`] : [])];
    case 'CompletionReported': {
      const evidence = (e.evidence as { title: string; reference: string }[] | undefined) ?? [];
      return [
        text(e.text),
        ...evidence.map((item) => `Tài liệu minh chứng: ${item.title} (${item.reference})`),
      ];
    }
    case 'RecommendationClosed':
      return [wordFor(OUTCOME_WORDS, text(e.outcome)), text(e.assessment)];
    case 'RecommendationReopened':
      return [text(e.reason)];
    case 'DeadlineExtended':
      return [
        `${e.deadline === 'response' ? 'Hạn trả lời' : 'Hạn thực hiện cam kết'}: từ ${date(e.previousDueOn)} đến ${date(e.newDueOn)}`,
        `Lý do: ${text(e.reason)}`,
        `Người phê duyệt: ${text(e.approvedBy)}`,
      ];
    case 'RecommendationEscalated':
      return [wordFor(ESCALATION_WORDS, text(e.step)), text(e.note)];
    case 'RecommendationTransferred':
      return [
        `Từ ${agency(e.fromAgency)} sang ${agency(e.toAgency)}, kể từ ngày ${date(e.effectiveOn)}`,
      ];
    case 'ReminderIssued':
      return [
        `Gửi ${agency(e.agency)}: còn ${String(e.workingDaysLeft)} ngày làm việc đến ${deadlineName(e.deadline)} ${date(e.dueOn)}`,
      ];
    case 'DeadlineMissed':
      return [`${agency(e.agency)} chưa đáp ứng ${deadlineName(e.deadline)} ${date(e.dueOn)}`];
    default:
      return [];
  }
};

/** The "what" cell: the event's name in bold, then what it said. */
export const whatHappened = (entry: HistoryEntry): CellText[] => [
  { text: EVENT_WORDS[entry.type] ?? entry.type, bold: true },
  ...detailsOf(entry)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line })),
];

/** The law or decision the step rests on, as the clerk recorded it. */
export const legalBasisOf = (entry: HistoryEntry): string =>
  text(entry.supervisionLaw) || text(entry.basis);
