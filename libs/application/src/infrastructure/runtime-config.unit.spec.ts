import { readRuntimeConfig } from './runtime-config';

describe('readRuntimeConfig', () => {
  it('takes QUEUE_PREFIX as the queues’ Redis key prefix, and none when unset', () => {
    expect(readRuntimeConfig({ QUEUE_PREFIX: 'hdnd-da-nang' }).queuePrefix).toBe('hdnd-da-nang');
    expect(readRuntimeConfig({})).not.toHaveProperty('queuePrefix');
  });

  it.each(['a b', 'bull:*', 'x'.repeat(65)])('refuses QUEUE_PREFIX "%s" at start', (prefix) => {
    expect(() => readRuntimeConfig({ QUEUE_PREFIX: prefix })).toThrow(/QUEUE_PREFIX must be/);
  });
});
