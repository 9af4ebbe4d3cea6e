/**
 * A name as people type it, reduced to what tells names apart: without diacritics, `đ` as `d`,
 * lower case, one space between words. "Cơ quan được kiến nghị", "co quan duoc kien nghi" and
 * "CƠ QUAN  ĐƯỢC KIẾN NGHỊ" are the same header; "UBND tỉnh Tây Ninh" and "ubnd tinh tay ninh"
 * the same agency. Offices retype headers and names on keyboards without Telex often enough.
 */
export const textKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
