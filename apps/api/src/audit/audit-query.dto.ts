import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class AuditEventsQuery {
  /** Only this stream, e.g. "recommendation-kn-1". */
  @IsOptional() @IsString() @MaxLength(200) streamId?: string;
  /** Only events of this type, e.g. "ResponseRecorded". */
  @IsOptional() @Matches(/^[A-Za-z]{1,100}$/) type?: string;
  /** A user id or username. */
  @IsOptional() @IsString() @MaxLength(200) actor?: string;
  /** Recorded at or after this instant (ISO-8601). */
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  /** Recorded before this instant (ISO-8601). */
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
  /** Log position to continue after: the `next` of the previous page. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) after?: number;
  /** Only what one request caused: its correlation id (every event's metadata carries it). */
  @IsOptional() @IsString() @MaxLength(200) correlationId?: string;
  /** Events per page, at most 200 (default 100). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** A stream as it stood then: at most one of the two, or neither for now. */
export class StreamAsOfQuery {
  /** As recorded by this instant (ISO-8601); a bare date means by the end of that day in Vietnam. */
  @IsOptional() @IsISO8601({ strict: true }) asOf?: string;
  /** Up to and including this revision of the stream. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  atRevision?: number;
}
