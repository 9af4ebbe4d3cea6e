import type { Test } from 'supertest';

/** A response body kept as text (JSON lines, say), which supertest would not parse. */
export const asText = (request: Test): Test =>
  request.buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    res.on('end', () => done(null, text));
  });

/** A response body kept as bytes (a spreadsheet), which supertest would not parse. */
export const asBytes = (request: Test): Test =>
  request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
