import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AnnouncedCalendar, businessToday, CLOCK } from '@hdnd/application';
import { registerLines, writeRegisterCsv, writeRegisterXlsx } from '@hdnd/documents';
import type { Clock } from '@hdnd/event-store';
import { RecommendationRegister, type RegisterFilter, type RegisterRow } from '@hdnd/read-models';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Batches with the first one already read, so that a failure to read comes before any byte. */
async function* startingWith(
  first: readonly RegisterRow[] | undefined,
  rest: AsyncIterator<readonly RegisterRow[]>,
): AsyncGenerator<readonly RegisterRow[]> {
  if (first === undefined) return;
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The tracker written as the office's follow-up spreadsheet, straight into an HTTP answer. */
@Injectable()
export class RegisterSpreadsheets {
  private readonly logger = new Logger(RegisterSpreadsheets.name);

  constructor(
    private readonly register: RecommendationRegister,
    private readonly calendar: AnnouncedCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(format: ExportFormat, filter: RegisterFilter, response: Response): Promise<void> {
    const today = businessToday(this.clock);
    const calendar = await this.calendar.workingCalendar();
    const batches = this.register.batches(filter);
    // Read before answering: until the first byte is sent, a failure is still a problem answer.
    const first = await batches.next();
    const lines = registerLines(
      startingWith(first.done ? undefined : first.value, batches),
      calendar,
      today,
    );
    response.status(200);
    response.attachment(`theo-doi-kien-nghi-${today}.${format}`);
    response.type(CONTENT_TYPES[format]);
    // A spreadsheet of today's tracker: not for a shared cache to keep.
    response.setHeader('Cache-Control', 'private, no-store');
    try {
      const written =
        format === 'xlsx'
          ? await writeRegisterXlsx(lines, response)
          : await writeRegisterCsv(lines, response);
      if (!response.writableEnded) response.end();
      this.logger.log(`register exported as ${format}: ${written} recommendations`);
    } catch (error) {
      // Headers are gone: all that is left is to cut the answer short, so the client sees a
      // broken download rather than a file that looks whole.
      this.logger.error(`register export failed: ${String(error)}`);
      response.destroy(error as Error);
    }
  }
}
