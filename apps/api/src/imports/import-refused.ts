import type { RegisterFileRefusal } from '@hdnd/documents';

/** Why an upload is refused before any row is read: the file's refusals and the upload's own. */
export const IMPORT_PROBLEM_CODES = [
  'import.not-a-spreadsheet',
  'import.macro-enabled',
  'import.too-large-unpacked',
  'import.too-many-rows',
  'import.too-many-columns',
  'import.missing-columns',
  'import.empty',
  'import.file-required',
  'import.file-too-large',
] as const satisfies readonly string[];

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

// Every refusal of the file reader is a problem code here: a new one fails to compile.
const _everyRefusal: readonly ImportProblemCode[] = [] as RegisterFileRefusal[];

/** Each code's status: what the file is (415), how big (413), what it lacks (422, 400). */
export const IMPORT_PROBLEM_STATUS: Readonly<Record<ImportProblemCode, number>> = {
  'import.not-a-spreadsheet': 415,
  'import.macro-enabled': 415,
  'import.too-large-unpacked': 413,
  'import.too-many-rows': 413,
  'import.too-many-columns': 413,
  'import.missing-columns': 422,
  'import.empty': 422,
  'import.file-required': 400,
  'import.file-too-large': 413,
};

/** An upload the import refuses whole: answered as problem+json with its code, nothing recorded. */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';

  constructor(
    readonly code: ImportProblemCode,
    message: string,
    /** Facts the catalogue's sentence names (the missing columns, the limit). */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  get status(): number {
    return IMPORT_PROBLEM_STATUS[this.code];
  }
}
