import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  businessToday,
  CLOCK,
  DeciderExecutor,
  NotFound,
  Standings,
  SubmitPetitionRoundCommand,
  type CommandContext,
  type CommandResult,
} from '@hdnd/application';
import {
  DomainRuleViolation,
  petitionRoundDecider,
  streamIds,
  type AgencyStanding,
  type OpenedPetitionRound,
  type Petition,
} from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import {
  PETITION_HEADERS as H,
  readPetitionImport,
  RegisterFileRefused,
  type PetitionImportReading,
} from '@hdnd/documents';
import { messageOf } from '@hdnd/messages';
import { petitionKey } from '../petitions/petition-keys';
import { ImportDirectories } from './import-directory';
import type { ImportRowError } from './import-report';
import { refusalOf } from './recommendation-imports';
import type { PetitionImportReport } from './petition-import-report';

/**
 * Petitions recorded per event. The log takes an event of at most 1 MB, and a petition may run to
 * 5 000 characters: 100 of them stay under it whatever they say. (A JSON request is held under it
 * by the body parser's own limit.)
 */
const BATCH = 100;

/** A petition refused by the round's rules points at the cell to correct. */
const columnOfCode = (code: string): string =>
  code.startsWith('agency.')
    ? H.agency
    : code === 'petition.voters-required'
      ? H.voters
      : code === 'petition.text-required' || code === 'petition.already-recorded'
        ? H.text
        : '';

interface PetitionPlan {
  readonly report: Omit<PetitionImportReport, 'dryRun' | 'recorded'>;
  /** The petitions new to the round, and those it holds already (their items may be missing). */
  readonly fresh: readonly Petition[];
  readonly known: readonly Petition[];
}

/**
 * Nhập kiến nghị cử tri từ Excel: a table of petitions into a round, with the register import's
 * machinery — the same file reading and refusals, the agency directory matched without
 * diacritics, a dry run reporting every row in Vietnamese. A petition's id is derived from what
 * it says, where and to whom, so importing the same table twice records nothing, and a petition
 * posted by hand is found already recorded.
 */
@Injectable()
export class PetitionImports {
  constructor(
    private readonly commands: CommandBus,
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly directories: ImportDirectories,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async dryRun(bytes: Buffer, roundId: string): Promise<PetitionImportReport> {
    const { report } = await this.plan(bytes, roundId);
    return { ...report, dryRun: true };
  }

  /**
   * Checks as the dry run does, then records the rows that pass, in batches of the round. The
   * petitions already held go too: the round skips them, and their items missing after a run cut
   * short are issued now. A batch refused (the log moved since the check) stops the run with the
   * batches before it recorded; running the same file again takes it up.
   */
  async run(
    bytes: Buffer,
    roundId: string,
    context: CommandContext,
  ): Promise<PetitionImportReport> {
    const { report, fresh, known } = await this.plan(bytes, roundId);
    const all = [...fresh, ...known];
    let events = 0;
    let items = 0;
    for (let start = 0; start < all.length; start += BATCH) {
      const result: CommandResult = await this.commands.execute(
        new SubmitPetitionRoundCommand(
          {
            type: 'RecordPetitions',
            data: { petitionRoundId: roundId, petitions: all.slice(start, start + BATCH) },
          },
          { ...context, commandId: randomUUID() },
        ),
      );
      events += result.appended;
      items += Number(result.related?.issued ?? 0);
    }
    return { ...report, dryRun: false, recorded: { events, petitions: fresh.length, items } };
  }

  private async read(bytes: Buffer): Promise<PetitionImportReading> {
    try {
      return await readPetitionImport(bytes);
    } catch (error) {
      if (error instanceof RegisterFileRefused) throw refusalOf(error);
      throw error;
    }
  }

  private async plan(bytes: Buffer, roundId: string): Promise<PetitionPlan> {
    const { state } = await this.executor.loadState(
      streamIds.petitionRound(roundId),
      petitionRoundDecider,
    );
    if (state.status === 'none') throw new NotFound('petition-round', roundId);
    const round: OpenedPetitionRound = state;
    const reading = await this.read(bytes);
    const directory = await this.directories.read();
    const today = businessToday(this.clock);
    const errors: ImportRowError[] = [...reading.errors];
    const fresh: Petition[] = [];
    const known: Petition[] = [];
    const alreadyRecorded: number[] = [];
    const rowOf = new Map<string, number>();
    const agencies = new Map<string, Promise<AgencyStanding>>();
    const standing = (id: string) => {
      if (!agencies.has(id)) agencies.set(id, this.standings.agency(id));
      return agencies.get(id)!;
    };
    for (const plan of reading.plans) {
      const match = directory.agency(plan.agency);
      if (!('id' in match)) {
        errors.push({
          row: plan.row,
          column: H.agency,
          ...('unknown' in match
            ? {
                code: 'import.agency-unknown',
                message: `Không tìm thấy cơ quan "${plan.agency}" trong danh mục cơ quan; vui lòng thêm cơ quan hoặc sửa tên cho đúng.`,
              }
            : {
                code: 'import.agency-ambiguous',
                message: `Có ${match.ambiguous.length} cơ quan cùng tên "${plan.agency}" (${match.ambiguous.join(', ')}); vui lòng ghi tên phân biệt.`,
              }),
        });
        continue;
      }
      const petition: Petition = {
        petitionId: petitionKey({ text: plan.text, voters: plan.voters, agencyId: match.id }),
        text: plan.text,
        voters: plan.voters,
        agencyId: match.id,
      };
      const same = rowOf.get(petition.petitionId);
      if (same !== undefined) {
        errors.push({
          row: plan.row,
          column: H.text,
          code: 'import.id-repeated',
          message: `Kiến nghị này trùng với dòng ${same} (cùng nội dung, nơi cử tri và cơ quan giải quyết).`,
        });
        continue;
      }
      rowOf.set(petition.petitionId, plan.row);
      try {
        // Decided alone, so that each row is judged on its own, as the run's batch will be.
        const events = petitionRoundDecider.decide(
          {
            type: 'RecordPetitions',
            data: { petitionRoundId: roundId, petitions: [petition] },
            agencies: { [match.id]: await standing(match.id) },
            today,
          },
          round,
        );
        if (events.length === 0) {
          alreadyRecorded.push(plan.row);
          known.push(petition);
        } else fresh.push(petition);
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
        errors.push({
          row: plan.row,
          column: columnOfCode(error.code),
          code: error.code,
          message: messageOf(error.code, 'vi'),
        });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    return {
      report: {
        fileHash: reading.fileHash,
        format: reading.format,
        roundId,
        rows: reading.rows,
        valid: fresh.length,
        alreadyRecorded,
        errors,
      },
      fresh,
      known,
    };
  }
}
