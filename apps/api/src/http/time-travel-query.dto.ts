import { IsOptional } from 'class-validator';
import { IsLocalDate } from './is-local-date';
import { IsInstantOrDate } from './instant';
import { ReadQuery } from './list-query.dto';

/**
 * The two questions an auditor asks of a case's past. Neither: the case now.
 */
export class TimeTravelQuery extends ReadQuery {
  /**
   * What the record said at this instant (recording time): built from the events recorded by
   * then. YYYY-MM-DDTHH:mm:ss(.sss) with Z or ±hh:mm; a date YYYY-MM-DD means the end of that
   * day in Vietnam.
   */
  @IsOptional() @IsInstantOrDate() asRecordedAt?: string;
  /** The older name of `asRecordedAt`, kept for existing clients; give one or the other. */
  @IsOptional() @IsInstantOrDate() asOf?: string;
  /**
   * The state of the case on this date (YYYY-MM-DD, in Vietnam), as the record knows it now:
   * built from the events whose own date (issued on, responded on, resolved on…) is that day or
   * earlier, whenever they were entered. With `asRecordedAt`, as the record knew it then.
   */
  @IsOptional() @IsLocalDate() asOfDate?: string;
}
