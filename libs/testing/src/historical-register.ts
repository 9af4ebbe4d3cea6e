import { REGISTER_COLUMNS } from '@hdnd/documents';
import { registerRowOf, sheetXml, workbookParts, writeZip } from './bad-spreadsheets';

const HEADERS = REGISTER_COLUMNS.map((c) => c.header);

/** The agencies a historical register names; an instance importing it registers them first. */
export const HISTORICAL_AGENCIES = [
  { id: 'ubnd-tinh-tn', name: 'UBND tỉnh Tây Ninh', level: 'province' },
  { id: 'so-noi-vu-tn', name: 'Sở Nội vụ tỉnh Tây Ninh', level: 'department' },
  { id: 'so-tttt-tn', name: 'Sở Thông tin và Truyền thông tỉnh Tây Ninh', level: 'department' },
] as const;

const DELEGATIONS = [
  { title: 'Giám sát chuyên đề cải cách hành chính', number: '135/NQ-HĐND', date: '08/12/2023' },
  { title: 'Giám sát việc giải quyết kiến nghị cử tri', number: '42/NQ-HĐND', date: '15/01/2024' },
];

const d = (day: number, month: number, year = 2024) =>
  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;

/** Row `i` (from 0) of a register of historical recommendations, at one of six stages. */
const historicalRow = (i: number): Record<string, string> => {
  const delegation = DELEGATIONS[i % 2]!;
  const agency = HISTORICAL_AGENCIES[i % 3]!;
  const month = 2 + (i % 6);
  const row: Record<string, string> = {
    STT: String(i + 1),
    'Đoàn giám sát': delegation.title,
    'Số nghị quyết': delegation.number,
    'Ngày nghị quyết': delegation.date,
    // Typed as offices type: without diacritics now and then.
    'Cơ quan được kiến nghị':
      i % 7 === 0
        ? agency.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd')
        : agency.name,
    'Nội dung kiến nghị': `Kiến nghị số ${i + 1}: rà soát, đơn giản hóa thủ tục hành chính nhóm ${i % 11}`,
    'Ngày ban hành': d(1 + (i % 20), month),
    'Hạn trả lời': d(1 + (i % 20), month + 2),
  };
  const stage = i % 6;
  if (stage >= 1) {
    row['Ngày trả lời'] = d(1 + (i % 20), month + 1);
    row['Ý kiến tiếp thu'] = stage === 5 ? 'Không tiếp thu' : 'Tiếp thu';
    row['Nội dung trả lời, giải trình'] = `Trả lời kiến nghị số ${i + 1}.`;
  }
  if (stage === 2 || stage === 3)
    row['Cam kết và thời hạn'] = `Hoàn thành rà soát (hạn ${d(28, 12)})`;
  if (stage === 3) row['Tình trạng thực hiện'] = `Đang thực hiện (${(i * 7) % 100}%)`;
  if (stage === 4) {
    row['Tình trạng thực hiện'] = 'Đã báo cáo hoàn thành';
    row['Ngày hoàn thành'] = d(15, 10);
    row['Kết quả xác minh'] = 'Đã thực hiện';
    row['Ngày xác minh'] = d(1, 11);
  }
  if (stage === 0 && i % 4 === 0) row['Mức đôn đốc'] = 'Đôn đốc lần 1';
  return row;
};

/** A fault put in a row on purpose, and where the import must say it is. */
export interface PlantedFault {
  /** The spreadsheet's row (the header is 1). */
  readonly row: number;
  readonly column: string;
  readonly change: Record<string, string>;
}

/** The faults `historicalRegister` plants, by default: a date, an agency, a rule, a word. */
export const PLANTED_FAULTS: readonly PlantedFault[] = [
  { row: 12, column: 'Ngày ban hành', change: { 'Ngày ban hành': '31/02/2024' } },
  {
    row: 57,
    column: 'Cơ quan được kiến nghị',
    change: { 'Cơ quan được kiến nghị': 'UBND huyện Không Có' },
  },
  // Answered before it was issued: the domain's rule, found by the dry run's rehearsal.
  { row: 105, column: 'Ngày trả lời', change: { 'Ngày trả lời': '01/01/2024' } },
  { row: 161, column: 'Ý kiến tiếp thu', change: { 'Ý kiến tiếp thu': 'Đồng ý một nửa' } },
];

/**
 * A register of `count` historical recommendations (2024) as an office's XLSX, in the export's
 * columns with its dates typed as text, with `faults` planted in some rows.
 */
export const historicalRegister = (count = 200, faults: readonly PlantedFault[] = []): Buffer => {
  const rows = Array.from({ length: count }, (_, i) => {
    const fault = faults.find((f) => f.row === i + 2);
    return registerRowOf({ ...historicalRow(i), ...fault?.change });
  });
  return writeZip(workbookParts(sheetXml([HEADERS, ...rows])));
};
