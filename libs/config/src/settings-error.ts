/**
 * The configuration was refused at start: one line per wrong variable, naming it and what it
 * accepts. The entry points print it and exit, without a stack trace (see exitOnSettingsError).
 */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The configuration is refused (every variable is described in .env.example):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'SettingsError';
  }
}

/**
 * For an entry point's `.catch`: a refused configuration is said on stderr and the process exits
 * 1; any other failure is thrown on, as before.
 */
export const exitOnSettingsError = (error: unknown): void => {
  if (!(error instanceof SettingsError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
};
