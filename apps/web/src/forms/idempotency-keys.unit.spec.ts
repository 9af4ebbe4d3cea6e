import { IdempotencyKeys } from './idempotency-keys';

describe('the idempotency key of a form', () => {
  const counting = () => {
    let made = 0;
    return new IdempotencyKeys(() => `key-${++made}`);
  };

  it('stays the same for the same body: a double click or a retry records once', () => {
    const keys = counting();
    expect(keys.for({ text: 'a' })).toBe('key-1');
    expect(keys.for({ text: 'a' })).toBe('key-1');
  });

  it('changes when the body changes, since one key may not carry two bodies', () => {
    const keys = counting();
    expect(keys.for({ text: 'a' })).toBe('key-1');
    expect(keys.for({ text: 'b' })).toBe('key-2');
    expect(keys.for({ text: 'b' })).toBe('key-2');
  });

  it('is a fresh random key for each form by default', () => {
    expect(new IdempotencyKeys().for({})).not.toBe(new IdempotencyKeys().for({}));
  });
});
