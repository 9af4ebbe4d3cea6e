import { REGISTER_COLUMNS } from '../register/register-columns';
import { RegisterFileRefused } from './register-file-refused';
import { textKey } from './text-key';

/** The export's headers the import reads, by what they hold. */
export const H = {
  delegation: 'Đoàn giám sát',
  resolutionNumber: 'Số nghị quyết',
  resolutionDate: 'Ngày nghị quyết',
  addressee: 'Cơ quan được kiến nghị',
  originalAddressee: 'Cơ quan được kiến nghị ban đầu',
  text: 'Nội dung kiến nghị',
  issuedOn: 'Ngày ban hành',
  responseDueOn: 'Hạn trả lời',
  originalResponseDueOn: 'Hạn trả lời ban đầu',
  respondedOn: 'Ngày trả lời',
  position: 'Ý kiến tiếp thu',
  responseText: 'Nội dung trả lời, giải trình',
  commitments: 'Cam kết và thời hạn',
  implementation: 'Tình trạng thực hiện',
  completedOn: 'Ngày hoàn thành',
  verification: 'Kết quả xác minh',
  closedOn: 'Ngày xác minh',
  escalation: 'Mức đôn đốc',
  id: 'Mã kiến nghị',
} as const;

export type HeaderName = keyof typeof H;

/** Without these a row cannot say which recommendation it is, to whom, and when. */
const REQUIRED: readonly HeaderName[] = [
  'delegation',
  'resolutionNumber',
  'resolutionDate',
  'addressee',
  'text',
  'issuedOn',
  'responseDueOn',
];

// Each header the import reads is one the export writes: a renamed column fails here first.
for (const header of Object.values(H))
  if (!REGISTER_COLUMNS.some((c) => c.header === header))
    throw new Error(`the export writes no column "${header}"`);

/**
 * Where each header sits in the file, matched without diacritics, case or extra spaces;
 * columns the export does not write (STT, an office's own notes) are left alone. A register
 * without the required columns is refused whole, naming them.
 */
export const columnsOf = (headers: readonly string[]): Partial<Record<HeaderName, number>> => {
  const at = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = textKey(header);
    if (key !== '' && !at.has(key)) at.set(key, i);
  });
  const columns: Partial<Record<HeaderName, number>> = {};
  for (const [name, header] of Object.entries(H) as [HeaderName, string][]) {
    const index = at.get(textKey(header));
    if (index !== undefined) columns[name] = index;
  }
  const missing = REQUIRED.filter((name) => columns[name] === undefined).map((name) => H[name]);
  if (missing.length > 0)
    throw new RegisterFileRefused(
      'import.missing-columns',
      `The register lacks the columns: ${missing.join(', ')}.`,
      missing,
    );
  return columns;
};
