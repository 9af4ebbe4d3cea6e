import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsInstantOrDate } from '../http/instant';

export class AuditEventsQuery {
  /** Only this stream, e.g. "recommendation-kn-1". */
  @IsOptional() @IsString() @MaxLength(200) streamId?: string;
  /**
   * Only the stream of this case, whatever its kind: "kn-1" finds "recommendation-kn-1" (the
   * part of a stream's id after its kind, up to the first "-").
   */
  @IsOptional() @IsString() @MaxLength(200) caseId?: string;
  /** Only events of this type, e.g. "ResponseRecorded". */
  @IsOptional() @Matches(/^[A-Za-z]{1,100}$/) type?: string;
  /** A user id or username. */
  @IsOptional() @IsString() @MaxLength(200) actor?: string;
  /** Only events this command caused, e.g. "IssueRecommendation". */
  @IsOptional() @Matches(/^[A-Za-z]{1,100}$/) command?: string;
  /** Recorded at or after this instant (YYYY-MM-DDTHH:mm:ssZ); a date: from the start of that day in Vietnam. */
  @IsOptional() @IsInstantOrDate() from?: string;
  /** Recorded before this instant (YYYY-MM-DDTHH:mm:ssZ); a date: up to the end of that day in Vietnam. */
  @IsOptional() @IsInstantOrDate() to?: string;
  /** Log position to continue after: the `next` of the previous page. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) after?: number;
  /** From this log position on (inclusive). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  fromPosition?: number;
  /** Up to this log position (inclusive); below `fromPosition`, the page is empty. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  toPosition?: number;
  /** Only what one request caused: its correlation id (every event's metadata carries it). */
  @IsOptional() @IsString() @MaxLength(200) correlationId?: string;
  /** Events per page, at most 200 (default 100). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** A stream as it stood then: at most one of the two, or neither for now. */
export class StreamAsOfQuery {
  /** As recorded by this instant (YYYY-MM-DDTHH:mm:ssZ); a date means by the end of that day in Vietnam. */
  @IsOptional() @IsInstantOrDate() asOf?: string;
  /** Up to and including this revision of the stream. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  atRevision?: number;
}
