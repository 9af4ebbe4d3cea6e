/**
 * What a register file may hold. A province's register is a few thousand rows of 21 columns;
 * these bounds are far above that and far below what would hold the api's memory or loop.
 */
export const REGISTER_LIMITS = {
  /** Rows under the header. */
  rows: 10_000,
  /** Columns of any row, the export's 21 with room for an office's own. */
  columns: 100,
  /** Bytes all the parts of an XLSX take unpacked: 10 000 full rows are ~30 MB of XML. */
  unpackedBytes: 64 * 1024 * 1024,
  /** Parts of an XLSX: a register's workbook has about a dozen. */
  zipEntries: 1_000,
} as const;
