import type { Test } from 'supertest';

/** A response body kept as text (JSON lines, say), which supertest would not parse. */
export const asText = (request: Test): Test =>
  request.buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    res.on('end', () => done(null, text));
  });
