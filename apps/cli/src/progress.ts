import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar on the operator's terminal (standard error, so standard output stays for the
 * summary line and for data); on anything but a terminal it draws nothing.
 */
export const progressBar = (
  label: string,
  unit: string,
  stream: NodeJS.WritableStream = process.stderr,
): SingleBar =>
  new SingleBar(
    {
      format: `${label} |{bar}| {percentage}% · {value}/{total} ${unit} · ETA {eta_formatted}`,
      stream,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );

/** "12 345 events in 3.2 s (3 858/s)": the rate every long command ends with. */
export const rateOf = (count: number, startedAt: number): string => {
  const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
  return `${count} events in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} events/s)`;
};
