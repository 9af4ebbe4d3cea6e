/** Why a whole file is refused before any row is read; each code is a problem code of the API. */
export const REGISTER_FILE_REFUSALS = [
  'import.not-a-spreadsheet',
  'import.macro-enabled',
  'import.too-large-unpacked',
  'import.too-many-rows',
  'import.too-many-columns',
  'import.missing-columns',
  'import.empty',
] as const;

export type RegisterFileRefusal = (typeof REGISTER_FILE_REFUSALS)[number];

/** A file that cannot be a register at all: the API answers it as a 4xx problem, never a 500. */
export class RegisterFileRefused extends Error {
  constructor(
    readonly code: RegisterFileRefusal,
    message: string,
    /** The headers missing, for `import.missing-columns`. */
    readonly missing: readonly string[] = [],
  ) {
    super(message);
    this.name = 'RegisterFileRefused';
  }
}
