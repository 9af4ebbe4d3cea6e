import { Logger, type INestApplicationContext } from '@nestjs/common';

/** How long shutdown may take before the process gives up on it. */
const SHUTDOWN_BOUND_MS = 9_000;

/**
 * SIGTERM/SIGINT: stop taking requests, let those in flight and the jobs in hand finish (the
 * shutdown hooks), then exit 0 — or 1 if that takes longer than the bound. Nest's own
 * enableShutdownHooks re-raises the signal after cleaning up, so the process would end "killed
 * by SIGTERM" instead of with the clean exit an orchestrator expects.
 */
export const exitCleanlyOnSignals = (app: INestApplicationContext): void => {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    Logger.log(`${signal}: finishing what is in flight`, 'Shutdown');
    setTimeout(() => process.exit(1), SHUTDOWN_BOUND_MS).unref();
    void app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        Logger.error(`shutdown failed: ${String(error)}`, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};
