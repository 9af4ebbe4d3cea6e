import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_WORKING_DAYS } from '@hdnd/domain';
import { SupervisorDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { NotWith, OrGive } from '../http/not-with';

export class HoldExplanationSessionDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The issue explained, e.g. "Tiến độ giải ngân vốn đầu tư công năm 2024". */
  @IsString() @IsNotEmpty() @MaxLength(1000) issue!: string;
  /** The agency whose head explains; it must be registered and exist on the day. */
  @Matches(ID_PATTERN) agencyId!: string;
  /** The day it was held (YYYY-MM-DD). */
  @IsLocalDate() heldOn!: string;
  /**
   * Who holds it: the Standing Committee (`standing-committee`) or a committee (`committee`,
   * named, e.g. "Ban Kinh tế - Ngân sách"). No default: a session is always one of theirs.
   */
  @IsDefined() @ValidateNested() @Type(() => SupervisorDto) supervisor!: SupervisorDto;
}

export class RecordExplanationConclusionDto {
  /** What the conclusion asks of the agency, and by when. */
  @IsString() @IsNotEmpty() @MaxLength(20000) conclusion!: string;
  /** The day of the conclusion, not before the session; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() concludedOn?: string;
}

export class IssueFromExplanationSessionDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The agency that must act; it must exist on the issue date. */
  @Matches(ID_PATTERN) addresseeAgencyId!: string;
  /** What the conclusion asks, as one item to follow up. */
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  /**
   * The recommendation it carries on from: a case escalated to this session, about which the
   * conclusion asks what this item follows up.
   */
  @IsOptional() @Matches(ID_PATTERN) followsUp?: string;
  /** When the agency must report on it (YYYY-MM-DD); a day off moves it to the next working day. Required unless responseDueInWorkingDays is given. */
  @ValidateIf(
    (o: IssueFromExplanationSessionDto) =>
      o.responseDueInWorkingDays === undefined || o.responseDueOn !== undefined,
  )
  @OrGive('responseDueInWorkingDays')
  @IsLocalDate()
  responseDueOn?: string;
  /** Instead of responseDueOn: due so many working days after the issue date. */
  @ValidateIf((o: IssueFromExplanationSessionDto) => o.responseDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('responseDueOn')
  responseDueInWorkingDays?: number;
  /** Defaults to today in Asia/Ho_Chi_Minh; not before the session's conclusion. */
  @IsOptional() @IsLocalDate() issuedOn?: string;
}
