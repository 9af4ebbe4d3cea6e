import { Presets, SingleBar } from 'cli-progress';

export interface RebuildCommandOptions {
  /** The running api, e.g. http://127.0.0.1:3000: the rebuild happens where the read models are kept. */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly pollMs?: number;
  /** Where the progress bar is drawn (a terminal; nothing is drawn elsewhere). */
  readonly barStream?: NodeJS.WritableStream;
}

interface JobView {
  state: 'waiting' | 'active' | 'completed' | 'failed';
  processed: number;
  total: number;
  rate: number;
  etaSeconds: number | null;
  failedReason?: string;
}

class ApiRefused extends Error {}
class ApiUnreachable extends Error {}

const call = async <T>(url: string, init: RequestInit): Promise<T> => {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new ApiUnreachable(cause ?? (error as Error).message);
  }
  const body = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
  if (!res.ok) throw new ApiRefused(`${res.status} ${body.detail ?? body.title ?? res.statusText}`);
  return body as T;
};

/**
 * Asks the running api to rebuild its read models (blue/green, as a job) and follows the job
 * with a progress bar until it ends. Exit code 0 when the rebuilt models are in service.
 */
export const rebuildThroughApi = async (
  options: RebuildCommandOptions,
  print: (line: string) => void,
): Promise<number> => {
  const base = options.url.replace(/\/$/, '');
  let token: string;
  let jobId: string;
  try {
    ({ accessToken: token } = await call<{ accessToken: string }>(`${base}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: options.username, password: options.password }),
    }));
    const auth = { authorization: `Bearer ${token}` };
    ({ jobId } = await call<{ jobId: string }>(`${base}/api/admin/projections/rebuild`, {
      method: 'POST',
      headers: auth,
      body: '{}',
    }));
    print(`rebuild job ${jobId}`);
    const bar = new SingleBar(
      {
        format:
          'rebuild |{bar}| {percentage}% · {value}/{total} positions · {rate}/s · ETA {eta_s}',
        stream: options.barStream ?? process.stderr,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    );
    bar.start(1, 0, { rate: 0, eta_s: '?' });
    let job: JobView;
    for (;;) {
      job = await call<JobView>(`${base}/api/admin/jobs/${jobId}`, { headers: auth });
      bar.setTotal(Math.max(job.total, 1));
      bar.update(job.processed, { rate: job.rate, eta_s: job.etaSeconds ?? '?' });
      if (job.state === 'completed' || job.state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    }
    bar.stop();
    if (job.state === 'failed') {
      print(`rebuild failed: ${job.failedReason ?? 'no reason given'}`);
      return 1;
    }
    print(`rebuilt the read models: ${job.processed} positions at ${job.rate}/s, now in service`);
    return 0;
  } catch (error) {
    if (error instanceof ApiRefused) {
      print(`the api refused: ${error.message}`);
      return 1;
    }
    if (error instanceof ApiUnreachable) {
      print(`the api does not answer at ${base}: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
