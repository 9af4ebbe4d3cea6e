import { execFileSync } from 'node:child_process';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at `url` — asked synchronously, so suites can be declared on it. */
export const redisAnswers = (url = REDIS_URL): boolean => {
  const probe = `
    const net = require('node:net');
    const { hostname, port } = new URL(${JSON.stringify(url)});
    const socket = net.connect(Number(port || 6379), hostname);
    socket.setTimeout(1000, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3_000 });
    return true;
  } catch {
    return false;
  }
};

/**
 * `describe` for suites that need Redis. Outside CI an unreachable Redis skips the suite with a
 * visible notice; in CI (CI=true) the suite runs — and fails — since CI's machine runs Redis.
 */
export const describeWithRedis = (name: string, body: () => void): void => {
  if (redisAnswers() || process.env.CI === 'true') {
    describe(name, body);
    return;
  }
  console.warn(`SKIPPED "${name}": no Redis at ${REDIS_URL} (with CI=true this is a failure)`);
  // Skipped only outside CI, only when no Redis answers, and said so above: a developer's
  // machine without Redis still runs the rest; CI's machine has one, so there it never skips.
  describe.skip(name, body);
};
