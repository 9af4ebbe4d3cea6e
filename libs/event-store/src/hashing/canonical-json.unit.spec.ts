import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('gives the same text as the reference implementation for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined], c: 'Tây Ninh' }, z: undefined })).toBe(
      '{"a":{"c":"Tây Ninh","d":[3,null]},"b":1}',
    );
  });

  it('sorts by UTF-16 code units, so "10" comes before "9" and uppercase before lowercase', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', a: 1, B: 2 })).toBe('{"10":"b","9":"a","B":2,"a":1}');
  });

  it('uses toJSON as JSON.stringify does, dates included', () => {
    const value = {
      at: new Date('2024-04-02T00:00:00.000Z'),
      gone: { toJSON: () => undefined },
      list: [{ toJSON: () => undefined }],
    };
    expect(canonicalJson(value)).toBe(
      JSON.stringify({ at: '2024-04-02T00:00:00.000Z', list: [null] }),
    );
  });

  it('writes numbers the way ECMAScript does', () => {
    expect(canonicalJson([84.72, 1e21, -0, 0.000001, 1e-7])).toBe('[84.72,1e+21,0,0.000001,1e-7]');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
