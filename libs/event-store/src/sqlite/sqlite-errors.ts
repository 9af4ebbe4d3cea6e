import { EventStoreUnavailable } from '../port/errors';

/** SQLite failures that mean "the store cannot be written now", not "your request is wrong". */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;

/**
 * Recognised by shape, not `instanceof`: better-sqlite3's native addon keeps the SqliteError
 * class (and so the Error) of the first module instance and realm that loaded it; in a process
 * with several module registries or vm contexts (Jest, hot reload) that may be another copy.
 */
const sqliteCode = (error: unknown): string | undefined => {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
};

/** Another connection holds the write lock, or wrote since this transaction's snapshot. */
export const isBusy = (error: unknown): boolean =>
  sqliteCode(error)?.startsWith('SQLITE_BUSY') ?? false;

export const isUniqueViolation = (error: unknown, column: string): boolean =>
  (sqliteCode(error)?.startsWith('SQLITE_CONSTRAINT') ?? false) &&
  String((error as { message?: unknown }).message).includes(column);

/** Turns infrastructure failures into EventStoreUnavailable; anything else passes through. */
export const mapSqliteError = (error: unknown): unknown => {
  const code = sqliteCode(error);
  if (code !== undefined && UNAVAILABLE.test(code)) {
    return new EventStoreUnavailable(`The event log cannot be written: ${code}`, { cause: error });
  }
  if (
    /database connection is not open/i.test(
      String((error as { message?: unknown } | null)?.message),
    )
  ) {
    return new EventStoreUnavailable('The event log is closed.', { cause: error });
  }
  return error;
};
