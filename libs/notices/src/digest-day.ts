import { businessDateOf } from '@hdnd/domain';

/** Vietnam keeps UTC+7 all year: the hour there, without a time-zone database. */
const hourInVietnam = (instant: Date): number => (instant.getUTCHours() + 7) % 24;

const dayBefore = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The last day whose digests the schedule closes at `now`: today from the digest hour on
 * (Vietnam time), yesterday before it — so the night's sweep is in the morning's digest.
 */
export const scheduledThrough = (now: Date, digestHour: number): string => {
  const today = businessDateOf(now);
  return hourInVietnam(now) >= digestHour ? today : dayBefore(today);
};
