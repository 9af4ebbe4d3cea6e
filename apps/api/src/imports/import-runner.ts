import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  SubmitDelegationCommand,
  SubmitRecommendationCommand,
  type CommandContext,
  type CommandResult,
} from '@hdnd/application';
import { DomainRuleViolation } from '@hdnd/domain';
import { messageOf } from '@hdnd/messages';
import { importKey } from './import-ids';
import type { PlannedRow } from './import-planner';
import type { ImportRowError } from './import-report';

export interface ImportRun {
  readonly events: number;
  readonly replayed: number;
  readonly rows: number;
  readonly errors: readonly ImportRowError[];
}

/** Between rows, the loop answers other requests: an import of 10 000 rows never holds it. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Records planned rows with their commands, one row after another, each command under its own
 * idempotency key (the file's hash, the row, the step): a second run of the same file answers
 * every command from its key and appends nothing, and a run cut short (a restart, a refusal)
 * is taken up where it stopped by running the file again. Every row was decided once already
 * (ImportPlanner), so a refusal here means the log moved since: the row keeps the commands
 * recorded before it — the log is never rewritten — and the report names the refused step.
 */
@Injectable()
export class ImportRunner {
  constructor(private readonly commands: CommandBus) {}

  async run(
    rows: readonly PlannedRow[],
    fileHash: string,
    context: CommandContext,
    progress: (done: number) => void,
  ): Promise<ImportRun> {
    let events = 0;
    let replayed = 0;
    let recorded = 0;
    const errors: ImportRowError[] = [];
    for (const [index, row] of rows.entries()) {
      let done = 0;
      for (const { step, to, input } of row.steps) {
        const stepContext: CommandContext = {
          ...context,
          commandId: randomUUID(),
          idempotency: importKey(fileHash, row.row, step),
        };
        try {
          const result: CommandResult = await this.commands.execute(
            to === 'delegation'
              ? new SubmitDelegationCommand(input, stepContext)
              : new SubmitRecommendationCommand(input, stepContext),
          );
          events += result.appended;
          if (result.replayed) replayed += 1;
          done += 1;
        } catch (error) {
          if (!(error instanceof DomainRuleViolation)) throw error;
          errors.push({
            row: row.row,
            column: '',
            code: error.code,
            message:
              `${messageOf(error.code, 'vi')} (bước "${step}"; ${done} bước trước đã được ghi nhận, ` +
              'nhập lại cùng tệp sau khi xử lý để tiếp tục).',
          });
          break;
        }
      }
      if (done === row.steps.length) recorded += 1;
      progress(index + 1);
      await turn();
    }
    return { events, replayed, rows: recorded, errors };
  }
}
