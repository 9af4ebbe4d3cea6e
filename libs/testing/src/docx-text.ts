import { readZip } from '@hdnd/documents';
import type { Response } from 'superagent';

/** Supertest's parser for a binary answer: the body as one Buffer. */
export const binary = (res: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A Word package's document.xml, as written. */
export const documentXml = (docx: Buffer): string => {
  const xml = readZip(docx).get('word/document.xml');
  if (!xml) throw new Error('no word/document.xml in the package');
  return xml.toString('utf8');
};

/** The text a reader sees in document.xml: each paragraph and line break on a line of its own. */
export const documentText = (docx: Buffer): string =>
  documentXml(docx)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
