import { OwnRedis } from '@hdnd/testing/own-redis';
import { durabilityWarnings } from './redis-durability';

/** The worker's start-up check: what it says of a Redis that could lose jobs, and of one that cannot. */
describe('the Redis durability check', () => {
  const durable = new OwnRedis();
  const careless = new OwnRedis();

  beforeAll(async () => {
    await durable.start();
    await careless.start(['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']);
  });
  afterAll(async () => {
    await durable.stop();
    await careless.stop();
  });

  it('is silent for AOF with noeviction', async () => {
    expect(await durabilityWarnings(durable.url)).toEqual([]);
  });

  it('names both dangers otherwise', async () => {
    expect(await durabilityWarnings(careless.url)).toEqual([
      expect.stringContaining('appendonly no'),
      expect.stringContaining('maxmemory-policy allkeys-lru'),
    ]);
  });
});
