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

export class StartCommitteeSupervisionDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** What is supervised, e.g. "Việc giải quyết hồ sơ đất đai quá hạn". */
  @IsString() @IsNotEmpty() @MaxLength(2000) topic!: string;
  /** The Standing Committee, or a committee by name (`body` `committee`, `name` "Ban Pháp chế"). */
  @IsDefined() @ValidateNested() @Type(() => SupervisorDto) supervisor!: SupervisorDto;
  /** The day it started (YYYY-MM-DD); defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() startedOn?: string;
}

export class ConcludeCommitteeSupervisionDto {
  /** What was found and what is asked of the agencies. */
  @IsString() @IsNotEmpty() @MaxLength(10000) conclusion!: string;
  /** The day of the conclusion (YYYY-MM-DD); defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() concludedOn?: string;
}

export class IssueFromCommitteeSupervisionDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The agency that must act; it must exist on the issue date. */
  @Matches(ID_PATTERN) addresseeAgencyId!: string;
  /** What is asked of it. */
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  /** When its answer is due (YYYY-MM-DD); a day off moves it to the next working day. Required unless responseDueInWorkingDays is given. */
  @ValidateIf(
    (o: IssueFromCommitteeSupervisionDto) =>
      o.responseDueInWorkingDays === undefined || o.responseDueOn !== undefined,
  )
  @OrGive('responseDueInWorkingDays')
  @IsLocalDate()
  responseDueOn?: string;
  /** Instead of responseDueOn: due so many working days after the issue date. */
  @ValidateIf((o: IssueFromCommitteeSupervisionDto) => o.responseDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('responseDueOn')
  responseDueInWorkingDays?: number;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() issuedOn?: string;
}
