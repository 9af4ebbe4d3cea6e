import { Injectable } from '@nestjs/common';
import type { CommandContext } from '@hdnd/application';
import {
  readRegisterImport,
  REGISTER_LIMITS,
  RegisterFileRefused,
  type RegisterImportReading,
} from '@hdnd/documents';
import { ImportJobs, type ImportJobView } from './import-jobs';
import { ImportPlanner, type ImportPlan } from './import-planner';
import { ImportRefused } from './import-refused';
import type { ImportReport } from './import-report';
import { ImportRunner } from './import-runner';

/** The file reader's refusal as the API's problem, with the facts its sentence names. */
export const refusalOf = (error: RegisterFileRefused): ImportRefused =>
  new ImportRefused(error.code, error.message, {
    ...(error.code === 'import.too-many-rows' && { limit: String(REGISTER_LIMITS.rows) }),
    ...(error.code === 'import.too-many-columns' && { limit: String(REGISTER_LIMITS.columns) }),
    ...(error.missing.length > 0 && { columns: error.missing.join(', ') }),
  });

const reportOf = (
  reading: RegisterImportReading,
  plan: ImportPlan,
  dryRun: boolean,
): ImportReport => ({
  dryRun,
  fileHash: reading.fileHash,
  format: reading.format,
  rows: reading.rows,
  valid: plan.rows.length,
  alreadyRecorded: plan.alreadyRecorded,
  errors: plan.errors,
  creates: plan.creates,
});

/** Reads, checks and records a register of recommendations (the export's format). */
@Injectable()
export class RecommendationImports {
  constructor(
    private readonly planner: ImportPlanner,
    private readonly runner: ImportRunner,
    private readonly jobs: ImportJobs,
  ) {}

  private async planOf(bytes: Buffer, name: string) {
    let reading: RegisterImportReading;
    try {
      reading = await readRegisterImport(bytes);
    } catch (error) {
      if (error instanceof RegisterFileRefused) throw refusalOf(error);
      throw error;
    }
    // The evidence of a completion names the file and its hash's start, so it can be found.
    const source = `Tệp ${name} (${reading.fileHash.slice(0, 12)})`;
    return { reading, plan: await this.planner.plan(reading, source) };
  }

  /** Every row checked against the register's format, the directory and the rules. */
  async dryRun(bytes: Buffer, name: string): Promise<ImportReport> {
    const { reading, plan } = await this.planOf(bytes, name);
    return reportOf(reading, plan, true);
  }

  /** Checks as the dry run does, then records the rows that pass as a job. */
  async start(bytes: Buffer, name: string, context: CommandContext): Promise<ImportJobView> {
    const { reading, plan } = await this.planOf(bytes, name);
    const checked = reportOf(reading, plan, false);
    return this.jobs.start(checked, plan.rows.length, async (progress) => {
      const run = await this.runner.run(plan.rows, reading.fileHash, context, progress);
      return {
        ...checked,
        errors: [...checked.errors, ...run.errors].sort((a, b) => a.row - b.row),
        recorded: { events: run.events, replayed: run.replayed, rows: run.rows },
      };
    });
  }

  job(id: string): ImportJobView | undefined {
    return this.jobs.find(id);
  }
}
