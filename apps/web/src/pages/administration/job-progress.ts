/** What the page needs of a background job (the API's Job). */
export interface JobState {
  readonly state: 'waiting' | 'active' | 'completed' | 'failed';
  readonly processed: number;
  readonly total: number;
  readonly percent: number;
  readonly etaSeconds: number | null;
}

/** How often a running job is asked where it stands. */
export const POLL_MS = 1000;

/** A job is followed until it has finished, one way or the other. */
export const isRunning = (job: JobState | undefined): boolean =>
  job === undefined || job.state === 'waiting' || job.state === 'active';

/** TanStack Query's refetchInterval: poll while running, stop once finished. */
export const pollInterval = (job: JobState | undefined): number | false =>
  isRunning(job) ? POLL_MS : false;

/** The bar's value, 0–100: a finished job is full whatever its last count said. */
export const barValue = (job: JobState): number =>
  job.state === 'completed' ? 100 : Math.max(0, Math.min(100, Math.round(job.percent)));

/** Minutes and seconds left, or undefined while the rate is unknown. */
export const timeLeft = (job: JobState): { minutes: number; seconds: number } | undefined => {
  if (job.etaSeconds === null || !isRunning(job)) return undefined;
  const whole = Math.max(0, Math.round(job.etaSeconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
};
