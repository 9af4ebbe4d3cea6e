import type { ImportRowError } from './import-report';

/** What an import of voters' petitions found in a table and did (dry run: would do) with it. */
export interface PetitionImportReport {
  readonly dryRun: boolean;
  /** SHA-256 of the file. */
  readonly fileHash: string;
  readonly format: 'xlsx' | 'csv';
  /** The round the petitions go into. */
  readonly roundId: string;
  /** Rows under the header (empty rows left out). */
  readonly rows: number;
  /** Rows whose petition is new to the round and passes every check. */
  readonly valid: number;
  /** Rows whose petition the round already holds as written: left as they are. */
  readonly alreadyRecorded: readonly number[];
  /** Each faulty row's fault, in Vietnamese, with the column it is in. */
  readonly errors: readonly ImportRowError[];
  /** After a run: events appended, petitions recorded and items issued to the register. */
  readonly recorded?: {
    readonly events: number;
    readonly petitions: number;
    readonly items: number;
  };
}
