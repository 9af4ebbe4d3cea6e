import type { DocumentHeader } from '@hdnd/documents';
import type { DocumentHeaderQuery } from './document-header.query';

/** "Hội đồng nhân dân tỉnh Tây Ninh" → "Tây Ninh": the place an office dates its documents at. */
const placeIn = (issuingBody: string): string =>
  /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(issuingBody)?.[1]?.trim() ?? '';

/** The header asked for, each line left out filled from what the record says. */
export const documentHeader = (
  asked: DocumentHeaderQuery,
  defaults: { readonly issuingBody?: string; readonly date: string },
): DocumentHeader => {
  const issuingBody = asked.issuingBody?.trim() || defaults.issuingBody || 'Hội đồng nhân dân';
  return {
    issuingBody,
    documentNumber: asked.documentNumber ?? '',
    place: asked.place ?? placeIn(issuingBody),
    date: asked.date ?? defaults.date,
  };
};

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
