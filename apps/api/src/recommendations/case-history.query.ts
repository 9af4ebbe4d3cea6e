import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLocalDate } from '../http/is-local-date';
import { TimeTravelQuery } from '../http/time-travel-query.dto';

/**
 * A case's history to print: now or in the past (as the case's GET reads it), and how the
 * document's header block reads.
 */
export class CaseHistoryQuery extends TimeTravelQuery {
  /** The issuing body written top left; by default the issuer of the delegation's resolution. */
  @IsOptional() @IsString() @MaxLength(200) issuingBody?: string;
  /** The document's number and symbol; left blank to be written in by hand. */
  @IsOptional() @IsString() @MaxLength(50) documentNumber?: string;
  /** The place of the date line; by default the province or city in the issuing body's name. */
  @IsOptional() @IsString() @MaxLength(100) place?: string;
  /** The document's date (YYYY-MM-DD); by default the day the case is read as of, or today in Vietnam. */
  @IsOptional() @IsLocalDate() date?: string;
}
