import { RegisterFileRefused } from '../register-import/register-file-refused';
import { textKey } from '../register-import/text-key';

/**
 * The columns of the table of voters' petitions a Standing Committee's office keeps: the number,
 * what voters asked, where they asked it, and the agency that must answer. Matched without
 * diacritics, case or extra spaces, as the register's headers are.
 */
export const PETITION_HEADERS = {
  number: 'STT',
  text: 'Nội dung kiến nghị',
  voters: 'Nơi/đơn vị cử tri',
  agency: 'Cơ quan giải quyết',
} as const;

export type PetitionHeaderName = keyof typeof PETITION_HEADERS;

const REQUIRED: readonly PetitionHeaderName[] = ['text', 'voters', 'agency'];

/** Where each header sits; a table without the required columns is refused whole, naming them. */
export const petitionColumnsOf = (
  headers: readonly string[],
): Partial<Record<PetitionHeaderName, number>> => {
  const at = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = textKey(header);
    if (key !== '' && !at.has(key)) at.set(key, i);
  });
  const columns: Partial<Record<PetitionHeaderName, number>> = {};
  for (const [name, header] of Object.entries(PETITION_HEADERS) as [PetitionHeaderName, string][]) {
    const index = at.get(textKey(header));
    if (index !== undefined) columns[name] = index;
  }
  const missing = REQUIRED.filter((name) => columns[name] === undefined).map(
    (name) => PETITION_HEADERS[name],
  );
  if (missing.length > 0)
    throw new RegisterFileRefused(
      'import.missing-columns',
      `The table lacks the columns: ${missing.join(', ')}.`,
      missing,
    );
  return columns;
};
