/**
 * Text as search sees it: lower case, without diacritics, "đ" as "d". "tay ninh" then finds
 * "Tây Ninh", and "uy ban" finds "Ủy ban". Stored beside the text it folds, so a search is one
 * LIKE on an indexed-able column in SQLite and PostgreSQL alike.
 */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** A LIKE pattern that finds `query` anywhere, with LIKE's own wildcards escaped (ESCAPE '\'). */
export const containsPattern = (query: string): string =>
  `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
