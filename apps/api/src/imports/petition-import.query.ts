import { Matches } from 'class-validator';
import { ID_PATTERN } from '../http/is-local-date';
import { ImportQuery } from './import.query';

export class PetitionImportQuery extends ImportQuery {
  /** The round of voters' petitions the table's petitions belong to. */
  @Matches(ID_PATTERN) roundId!: string;
}
