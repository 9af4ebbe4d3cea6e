import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RecordedEvent } from '../port/envelope';
import type { EventStore, ReadAllOptions, ReadStreamOptions } from '../port/event-store';

/** The export's first line: what the file is, and the keys its checkpoints were signed with. */
export interface LogFileHeader {
  readonly format: typeof LOG_FILE_FORMAT;
  readonly exportedAt: string;
  /** The exporting deployment's key and any it trusted before (SPKI PEM, by key id). */
  readonly publicKeys: readonly { readonly keyId: string; readonly publicKey: string }[];
}

export const LOG_FILE_FORMAT = 'hdnd-log-export/1';

/** One event per line after the header; positions and revisions as decimal text (64-bit safe). */
export const eventLine = (e: RecordedEvent): string =>
  JSON.stringify({
    position: e.position.toString(),
    eventId: e.eventId,
    streamId: e.streamId,
    revision: e.revision.toString(),
    type: e.type,
    // As written: a restore must compute the same hashes. Readers upcast it again.
    schemaVersion: e.recordedAs?.schemaVersion ?? e.schemaVersion,
    data: e.recordedAs?.data ?? e.data,
    metadata: e.metadata,
    hash: e.hash,
    ...(e.logHash !== undefined && { logHash: e.logHash }),
  });

export class BadLogFile extends Error {}

const parseEvent = (line: string, lineNo: number): RecordedEvent => {
  try {
    const raw = JSON.parse(line) as Record<string, unknown> & {
      position: string;
      revision: string;
    };
    if (
      typeof raw.eventId !== 'string' ||
      typeof raw.streamId !== 'string' ||
      typeof raw.hash !== 'string'
    )
      throw new Error('an event needs eventId, streamId and hash');
    return {
      ...raw,
      position: BigInt(raw.position),
      revision: BigInt(raw.revision),
    } as unknown as RecordedEvent;
  } catch (error) {
    throw new BadLogFile(`Line ${lineNo} is not an event: ${(error as Error).message}`);
  }
};

/**
 * An exported log read back from its file, line by line (never whole in memory). It answers the
 * reads the integrity check makes, so a file is verified exactly as a live store is.
 */
export class LogFile implements Pick<EventStore, 'readAll' | 'readStream'> {
  private constructor(
    readonly path: string,
    readonly header: LogFileHeader,
  ) {}

  static async open(path: string): Promise<LogFile> {
    for await (const line of LogFile.lines(path)) {
      let header: LogFileHeader;
      try {
        header = JSON.parse(line) as LogFileHeader;
      } catch {
        throw new BadLogFile('The first line is not the export header.');
      }
      if (header.format !== LOG_FILE_FORMAT)
        throw new BadLogFile(`Not a log export of format ${LOG_FILE_FORMAT}.`);
      return new LogFile(path, header);
    }
    throw new BadLogFile('The file is empty.');
  }

  async *readAll(_options?: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    let lineNo = 0;
    for await (const line of LogFile.lines(this.path)) {
      lineNo += 1;
      if (lineNo === 1 || line.trim() === '') continue;
      yield parseEvent(line, lineNo);
    }
  }

  async *readStream(streamId: string, _options?: ReadStreamOptions): AsyncGenerator<RecordedEvent> {
    for await (const e of this.readAll()) if (e.streamId === streamId) yield e;
  }

  private static lines(path: string): AsyncIterable<string> {
    return createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  }
}
