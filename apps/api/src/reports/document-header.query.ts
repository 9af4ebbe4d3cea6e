import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLocalDate } from '../http/is-local-date';
import { ReadQuery } from '../http/list-query.dto';

/** How a printed document's header block reads; each line has a default. */
export class DocumentHeaderQuery extends ReadQuery {
  /**
   * The issuing body written top left; by default the issuer of the delegation's resolution,
   * otherwise "Hội đồng nhân dân".
   */
  @IsOptional() @IsString() @MaxLength(200) issuingBody?: string;
  /** The document's number and symbol (e.g. 12/BC-HĐND); left blank to be written in by hand. */
  @IsOptional() @IsString() @MaxLength(50) documentNumber?: string;
  /** The place of the date line (e.g. Tây Ninh); by default the province or city in the issuing body's name. */
  @IsOptional() @IsString() @MaxLength(100) place?: string;
  /** The document's date (YYYY-MM-DD); by default the day the record is read as of, or today in Vietnam. */
  @IsOptional() @IsLocalDate() date?: string;
}
