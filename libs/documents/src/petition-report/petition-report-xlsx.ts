import ExcelJS from 'exceljs';
import { vietnameseDate } from '../words/vietnamese-date';

/** The counts of one line of the table: an agency's, or the total. */
export interface PetitionReportCounts {
  readonly received: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  readonly unanswered: number;
  readonly overdue: number;
  readonly notYetDue: number;
}

/** What the session's table of answers to voters' petitions shows. */
export interface PetitionReportTable {
  readonly title: string;
  readonly meeting: string;
  readonly answerDueOn: string;
  /** The day the table is counted on. */
  readonly asOf: string;
  readonly lines: readonly (PetitionReportCounts & { readonly agency: string })[];
  readonly total: PetitionReportCounts;
}

export const PETITION_REPORT_SHEET = 'Kết quả trả lời kiến nghị';

const HEADERS = [
  'STT',
  'Cơ quan giải quyết',
  'Số kiến nghị nhận',
  'Trả lời đúng hạn',
  'Trả lời trễ hạn',
  'Chưa trả lời',
  'Trong đó: quá hạn',
  'Trong đó: chưa đến hạn',
] as const;

const countsOf = (c: PetitionReportCounts) => [
  c.received,
  c.answeredOnTime,
  c.answeredLate,
  c.unanswered,
  c.overdue,
  c.notYetDue,
];

/**
 * The table as the office publishes it for the session, one sheet: the round and the day it is
 * counted on above, a line per agency, and the total. Small (one line per agency), so built in
 * memory rather than streamed as the register is.
 */
export const writePetitionReportXlsx = async (table: PetitionReportTable): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PETITION_REPORT_SHEET);
  sheet.addRow([`KẾT QUẢ TRẢ LỜI KIẾN NGHỊ CỬ TRI: ${table.title}`]).font = { bold: true };
  sheet.addRow([`${table.meeting}; hạn trả lời ${vietnameseDate(table.answerDueOn)}`]);
  sheet.addRow([`Số liệu tính đến ${vietnameseDate(table.asOf)}`]);
  sheet.addRow([]);
  const header = sheet.addRow([...HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  table.lines.forEach((line, i) => sheet.addRow([i + 1, line.agency, ...countsOf(line)]));
  sheet.addRow(['', 'Tổng cộng', ...countsOf(table.total)]).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 45 : i === 0 ? 6 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
