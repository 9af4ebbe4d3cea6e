import Database from 'better-sqlite3';
import { EventStoreUnavailable } from '../port/errors';

/** SQLite failures that mean "the store cannot be written now", not "your request is wrong". */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;

export const isUniqueViolation = (error: unknown, column: string): boolean =>
  error instanceof Database.SqliteError &&
  error.code.startsWith('SQLITE_CONSTRAINT') &&
  error.message.includes(column);

/** Turns infrastructure failures into EventStoreUnavailable; anything else passes through. */
export const mapSqliteError = (error: unknown): unknown => {
  if (error instanceof Database.SqliteError && UNAVAILABLE.test(error.code)) {
    return new EventStoreUnavailable(`The event log cannot be written: ${error.code}`, {
      cause: error,
    });
  }
  if (error instanceof TypeError && /database connection is not open/i.test(error.message)) {
    return new EventStoreUnavailable('The event log is closed.', { cause: error });
  }
  return error;
};
