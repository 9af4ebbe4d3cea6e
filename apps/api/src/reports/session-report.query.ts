import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, Matches } from 'class-validator';
import {
  COUNCIL_LEVELS,
  SOURCE_KINDS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SourceKind,
  type SupervisingBody,
} from '@hdnd/domain';
import { IsInstantOrDate } from '../http/instant';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { DocumentHeaderQuery } from './document-header.query';

/** What the session report covers, as of when, and how its header reads. */
export class SessionReportQuery extends DocumentHeaderQuery {
  /** Recommendations issued on or after this date (YYYY-MM-DD); open when left out. */
  @IsOptional() @IsLocalDate() from?: string;
  /** Recommendations issued on or before this date (YYYY-MM-DD), not before `from`; open when left out. */
  @IsOptional() @IsLocalDate() to?: string;
  /**
   * Only these delegations' recommendations: one, or several by repeating the parameter
   * (`?delegationId=a&delegationId=b`, at most 20); every delegation's when left out.
   */
  /** Only items from this kind of source: delegations, interpellation sessions… */
  @IsOptional() @IsIn(SOURCE_KINDS) sourceKind?: SourceKind;
  /** Only items followed up in this supervising body's name (the council, a committee…). */
  @IsOptional() @IsIn(SUPERVISING_BODIES) supervisingBody?: SupervisingBody;
  /** Only items of councils at this level: `province` or `commune`. */
  @IsOptional() @IsIn(COUNCIL_LEVELS) level?: CouncilLevel;
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => [value].flat())
  @ArrayMaxSize(20)
  @Matches(ID_PATTERN, { each: true })
  delegationId?: string[];
  /**
   * The record as it stood at this instant (recording time): built from the events recorded by
   * then, overdue counted on that day. YYYY-MM-DDTHH:mm:ss(.sss) with Z or ±hh:mm; a date
   * YYYY-MM-DD means the end of that day in Vietnam. The record now when left out.
   */
  @IsOptional() @IsInstantOrDate() asOf?: string;
}
