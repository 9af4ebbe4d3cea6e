import { RECOMMENDATION_STATUSES } from '@hdnd/domain';
import type { RegisterLine } from '../register/register-columns';
import {
  cellXml,
  paragraphXml,
  rowXml,
  TABLE_END_XML,
  tableStartXml,
  type CellText,
} from '../docx/word-xml';
import { POSITION_WORDS, STATUS_WORDS, wordFor } from '../words/vietnamese-words';
import { vietnameseDate } from '../words/vietnamese-date';
import type { ReportTally } from './report-tally';

/*
 * The report's tables as WordprocessingML, row by row. Column widths are twips and each
 * table's add up to the text width of an A4 page with the document's margins (9 071).
 */

const row = (widths: readonly number[], cells: readonly (CellText | readonly CellText[])[]) =>
  rowXml(cells.map((cell, i) => cellXml(widths[i]!, cell)));

const centred = (text: string | number): CellText => ({ text: String(text), align: 'center' });

const agencyOf = (line: RegisterLine): string =>
  line.row.addressee.current.name ?? line.row.addressee.current.id;

const percentOf = (part: number, whole: number): string =>
  whole === 0 ? '' : `${((part * 100) / whole).toFixed(2).replace('.', ',')}%`;

const STATUS_WIDTHS = [6071, 1500, 1500];

/** Counts by status: every status the tracker shows, in its order, with its share. */
export const statusTableXml = (tally: ReportTally): string =>
  tableStartXml(STATUS_WIDTHS, ['Tình trạng', 'Số kiến nghị', 'Tỷ lệ']) +
  RECOMMENDATION_STATUSES.map((status) =>
    row(STATUS_WIDTHS, [
      { text: STATUS_WORDS[status] },
      centred(tally.byStatus[status]),
      centred(percentOf(tally.byStatus[status], tally.total)),
    ]),
  ).join('') +
  row(STATUS_WIDTHS, [
    { text: 'Tổng cộng', bold: true },
    { ...centred(tally.total), bold: true },
    centred(tally.total === 0 ? '' : '100%'),
  ]) +
  TABLE_END_XML;

const AGENCY_WIDTHS = [567, 3904, 1150, 1150, 1150, 1150];

/** Counts by the agency that answers for each case now. */
export const agencyTableXml = (tally: ReportTally): string => {
  const agencies = tally.byAgency();
  if (agencies.length === 0)
    return paragraphXml({ text: 'Không có kiến nghị trong phạm vi báo cáo.' });
  return (
    tableStartXml(AGENCY_WIDTHS, [
      'STT',
      'Cơ quan, đơn vị',
      'Số kiến nghị',
      'Đã trả lời',
      'Quá hạn',
      'Đã kết thúc theo dõi',
    ]) +
    agencies
      .map((a, i) =>
        row(AGENCY_WIDTHS, [
          centred(i + 1),
          { text: a.name },
          centred(a.total),
          centred(a.answered),
          centred(a.overdue),
          centred(a.closed),
        ]),
      )
      .join('') +
    TABLE_END_XML
  );
};

const OVERDUE_WIDTHS = [567, 3704, 2000, 1400, 1400];

export const overdueTableStartXml = (): string =>
  tableStartXml(OVERDUE_WIDTHS, [
    'STT',
    'Nội dung kiến nghị',
    'Cơ quan được kiến nghị',
    'Hạn phải thực hiện',
    'Số ngày làm việc quá hạn',
  ]);

/** An overdue case: numbered within the overdue list, with its earliest deadline still to meet. */
export const overdueRowXml = (line: RegisterLine, number: number): string =>
  row(OVERDUE_WIDTHS, [
    centred(number),
    { text: line.row.text },
    { text: agencyOf(line) },
    centred(vietnameseDate(line.row.nextDueOn)),
    centred(line.workingDaysOverdue),
  ]);

const REGISTER_WIDTHS = [567, 2600, 1500, 1200, 2204, 1000];

export const registerTableStartXml = (): string =>
  tableStartXml(REGISTER_WIDTHS, [
    'STT',
    'Nội dung kiến nghị',
    'Cơ quan được kiến nghị',
    'Ngày ban hành, hạn trả lời',
    'Văn bản trả lời',
    'Tình trạng',
  ]);

const responseCell = (line: RegisterLine): CellText[] => {
  const { response } = line.row;
  if (response === null) return [{ text: 'Chưa có văn bản trả lời', italic: true }];
  return [
    {
      text: `Ngày ${vietnameseDate(response.respondedOn)}: ${wordFor(POSITION_WORDS, response.position)}`,
      bold: true,
    },
    { text: response.text },
  ];
};

const statusCell = (line: RegisterLine): CellText[] => [
  { text: STATUS_WORDS[line.row.status] ?? line.row.status, align: 'center' },
  ...(line.workingDaysOverdue > 0
    ? [
        {
          text: `Quá hạn ${line.workingDaysOverdue} ngày làm việc`,
          italic: true,
          align: 'center' as const,
        },
      ]
    : []),
];

/** A recommendation with its response and its status, numbered as in the register. */
export const registerRowXml = (line: RegisterLine): string =>
  row(REGISTER_WIDTHS, [
    centred(line.number),
    { text: line.row.text },
    { text: agencyOf(line) },
    [
      { text: `Ban hành: ${vietnameseDate(line.row.issuedOn)}` },
      { text: `Hạn trả lời: ${vietnameseDate(line.row.responseDueOn)}` },
    ],
    responseCell(line),
    statusCell(line),
  ]);

export { TABLE_END_XML };
