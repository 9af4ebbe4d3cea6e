import type { RegisterRow } from '@hdnd/read-models';
import {
  BODY_WORDS,
  ESCALATION_WORDS,
  IMPLEMENTATION_WORDS,
  LEVEL_WORDS,
  OUTCOME_WORDS,
  POSITION_WORDS,
  SOURCE_WORDS,
  wordFor,
} from '../words/vietnamese-words';
import { vietnameseDate } from '../words/vietnamese-date';

/** "Phiên chất vấn: <title>"; a delegation's is the delegation's own column, named once. */
const sourceText = ({ kind, title }: RegisterRow['source']): string =>
  kind === 'delegation' || title === ''
    ? wordFor(SOURCE_WORDS, kind)
    : `${wordFor(SOURCE_WORDS, kind)}: ${title}`;

/** "Ban Pháp chế (Ban của Hội đồng nhân dân cấp tỉnh)", or the body at its level. */
const supervisorText = ({ body, level, name }: RegisterRow['supervisor']): string => {
  const kind = `${wordFor(BODY_WORDS, body)} ${wordFor(LEVEL_WORDS, level)}`;
  return name ? `${name} (${kind})` : kind;
};

/** What a line of the register knows besides its row: its number and today's overdue count. */
export interface RegisterLine {
  readonly row: RegisterRow;
  /** Số thứ tự, from 1. */
  readonly number: number;
  /** Working days since the earliest deadline still to meet, 0 when none is past. */
  readonly workingDaysOverdue: number;
}

/** A cell: text, a whole number, or a local date (`YYYY-MM-DD`) the writer makes a real date. */
export type RegisterValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number | null }
  | { readonly kind: 'date'; readonly date: string | null };

export interface RegisterColumn {
  /** The header the office reads, and the import looks for. */
  readonly header: string;
  /** What its cells hold: the kind of every value it gives. */
  readonly kind: RegisterValue['kind'];
  /** The width in characters a spreadsheet gives it. */
  readonly width: number;
  readonly value: (line: RegisterLine) => RegisterValue;
}

const text = (value: string | null | undefined): RegisterValue => ({
  kind: 'text',
  text: value ?? '',
});
const date = (value: string | null | undefined): RegisterValue => ({
  kind: 'date',
  date: value ?? null,
});
const number = (value: number | null): RegisterValue => ({ kind: 'number', number: value });

/** `Nội dung (hạn 31/12/2024)`, a line per commitment, the original deadline when moved. */
export const commitmentLines = (row: RegisterRow): string =>
  row.commitments
    .map((c) => {
      const moved =
        c.originalDueOn !== c.dueOn ? `, hạn ban đầu ${vietnameseDate(c.originalDueOn)}` : '';
      return `${c.text} (hạn ${vietnameseDate(c.dueOn)}${moved})`;
    })
    .join('\n');

const implementation = (row: RegisterRow): string =>
  row.implementation === 'in-progress' && row.percent !== null
    ? `${IMPLEMENTATION_WORDS['in-progress']} (${row.percent}%)`
    : wordFor(IMPLEMENTATION_WORDS, row.implementation);

/**
 * The register's columns, in order: the export writes them, the import reads them by header.
 * The headers are the words of the offices' own follow-up spreadsheets.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { kind: 'number', header: 'STT', width: 6, value: (l) => number(l.number) },
  { kind: 'text', header: 'Đoàn giám sát', width: 36, value: (l) => text(l.row.delegation.title) },
  {
    kind: 'text',
    header: 'Số nghị quyết',
    width: 16,
    value: (l) => text(l.row.delegation.legalBasis?.number),
  },
  {
    kind: 'date',
    header: 'Ngày nghị quyết',
    width: 13,
    value: (l) => date(l.row.delegation.legalBasis?.issuedOn),
  },
  {
    kind: 'text',
    header: 'Cơ quan được kiến nghị',
    width: 30,
    value: (l) => text(l.row.addressee.current.name ?? l.row.addressee.current.id),
  },
  {
    kind: 'text',
    header: 'Cơ quan được kiến nghị ban đầu',
    width: 30,
    // Only when a succession moved the case: an unchanged addressee leaves the cell empty.
    value: (l) =>
      text(
        l.row.addressee.original.id === l.row.addressee.current.id
          ? ''
          : (l.row.addressee.original.name ?? l.row.addressee.original.id),
      ),
  },
  { kind: 'text', header: 'Nội dung kiến nghị', width: 60, value: (l) => text(l.row.text) },
  { kind: 'date', header: 'Ngày ban hành', width: 13, value: (l) => date(l.row.issuedOn) },
  { kind: 'date', header: 'Hạn trả lời', width: 13, value: (l) => date(l.row.responseDueOn) },
  {
    kind: 'date',
    header: 'Hạn trả lời ban đầu',
    width: 13,
    value: (l) =>
      date(
        l.row.originalResponseDueOn === l.row.responseDueOn ? null : l.row.originalResponseDueOn,
      ),
  },
  {
    kind: 'date',
    header: 'Ngày trả lời',
    width: 13,
    value: (l) => date(l.row.response?.respondedOn),
  },
  {
    kind: 'text',
    header: 'Ý kiến tiếp thu',
    width: 18,
    value: (l) => text(wordFor(POSITION_WORDS, l.row.response?.position)),
  },
  {
    kind: 'text',
    header: 'Nội dung trả lời, giải trình',
    width: 60,
    value: (l) => text(l.row.response?.text),
  },
  {
    kind: 'text',
    header: 'Cam kết và thời hạn',
    width: 48,
    value: (l) => text(commitmentLines(l.row)),
  },
  {
    kind: 'text',
    header: 'Tình trạng thực hiện',
    width: 22,
    value: (l) => text(implementation(l.row)),
  },
  { kind: 'date', header: 'Ngày hoàn thành', width: 13, value: (l) => date(l.row.completedOn) },
  {
    kind: 'text',
    header: 'Kết quả xác minh',
    width: 20,
    value: (l) =>
      text(l.row.verification === 'unverified' ? '' : wordFor(OUTCOME_WORDS, l.row.verification)),
  },
  { kind: 'date', header: 'Ngày xác minh', width: 13, value: (l) => date(l.row.closedOn) },
  {
    kind: 'number',
    header: 'Quá hạn (ngày làm việc)',
    width: 12,
    value: (l) => number(l.workingDaysOverdue > 0 ? l.workingDaysOverdue : null),
  },
  {
    kind: 'text',
    header: 'Mức đôn đốc',
    width: 24,
    value: (l) => text(wordFor(ESCALATION_WORDS, l.row.escalationStep)),
  },
  // Where an item comes from beyond delegations, and in whose name it is followed up.
  {
    kind: 'text',
    header: 'Nguồn kiến nghị',
    width: 36,
    value: (l) => text(sourceText(l.row.source)),
  },
  {
    kind: 'text',
    header: 'Chủ thể giám sát',
    width: 30,
    value: (l) => text(supervisorText(l.row.supervisor)),
  },
  // Last, and narrow: an office's own register has no such column, the import makes one up.
  { kind: 'text', header: 'Mã kiến nghị', width: 14, value: (l) => text(l.row.id) },
];
