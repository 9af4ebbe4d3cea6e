import { Agent, request } from 'node:http';

/** One kind of request sent under open-loop load, and the status every answer should have. */
export interface Load {
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly expect: number;
}

export interface Measured {
  readonly offered: number;
  readonly sent: number;
  readonly answered: number;
  readonly unexpected: number;
  readonly achievedPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

const twoPlaces = (n: number) => Math.round(n * 100) / 100;

/**
 * Open loop: the n-th request is due at start + n / rate and is sent then (or at once, if the
 * client is late), each on a keep-alive connection of a pool large enough never to queue. Each
 * request is timed from the instant it was due, so a server that falls behind shows it in the
 * latency rather than by being sent less (no coordinated omission).
 */
export const openLoop = (
  base: string,
  load: Load,
  rate: number,
  seconds: number,
): Promise<Measured> =>
  new Promise((resolve) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 512 });
    const total = Math.round(rate * seconds);
    const latencies: number[] = [];
    let sent = 0;
    let done = 0;
    let unexpected = 0;
    let lastAnswer = 0;
    const start = performance.now();
    const finish = () => {
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      const elapsed = (lastAnswer - start) / 1000;
      resolve({
        offered: rate,
        sent,
        answered: latencies.length,
        unexpected,
        achievedPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
        p50Ms: twoPlaces(percentile(sorted, 0.5)),
        p99Ms: twoPlaces(percentile(sorted, 0.99)),
        maxMs: twoPlaces(sorted.at(-1) ?? NaN),
      });
    };
    const send = (dueAt: number) => {
      const req = request(`${base}${load.path}`, { agent, headers: { ...load.headers } }, (res) => {
        res.resume();
        res.on('end', () => {
          const now = performance.now();
          lastAnswer = now;
          latencies.push(now - dueAt);
          if (res.statusCode !== load.expect) unexpected += 1;
          if ((done += 1) === total) finish();
        });
      });
      req.on('error', () => {
        unexpected += 1;
        if ((done += 1) === total) finish();
      });
      req.end();
    };
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - start) / 1000) * rate) + 1);
      while (sent < due) send(start + (sent++ * 1000) / rate);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
