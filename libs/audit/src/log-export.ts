import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  eventLine,
  LOG_FILE_FORMAT,
  type Clock,
  type EventStore,
  type LogFileHeader,
} from '@hdnd/event-store';
import { CLOCK } from '@hdnd/application';
import { TrustedKeys } from './trusted-keys';

/**
 * The whole log as JSON lines: a header naming the format and the public keys its checkpoints
 * verify with, then every event in log order with its hashes. Read page by page, so a log of
 * any size streams out in bounded memory.
 */
@Injectable()
export class LogExport {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: TrustedKeys,
  ) {}

  async *lines(onEvent?: (position: bigint) => void): AsyncGenerator<string> {
    const header: LogFileHeader = {
      format: LOG_FILE_FORMAT,
      exportedAt: this.clock.now().toISOString(),
      publicKeys: this.keys.pems(),
    };
    yield `${JSON.stringify(header)}\n`;
    for await (const e of this.store.readAll()) {
      yield `${eventLine(e)}\n`;
      onEvent?.(e.position);
    }
  }
}
