import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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
import {
  ESCALATION_LADDER,
  MAX_WORKING_DAYS,
  type ClosureOutcome,
  type EscalationStep,
  type ResponsePosition,
} from '@hdnd/domain';
import { EvidenceDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { NotWith, OrGive } from '../http/not-with';

const POSITIONS: readonly ResponsePosition[] = ['accepted', 'partially-accepted', 'rejected'];
const OUTCOMES: readonly ClosureOutcome[] = [
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
];

export class CommitmentDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** What the agency commits to do. */
  @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
  /** By when (YYYY-MM-DD); a day off moves it to the next working day. Required unless dueInWorkingDays is given. */
  @ValidateIf((o: CommitmentDto) => o.dueInWorkingDays === undefined || o.dueOn !== undefined)
  @OrGive('dueInWorkingDays')
  @IsLocalDate()
  dueOn?: string;
  /** Instead of dueOn: due so many working days after the response date. */
  @ValidateIf((o: CommitmentDto) => o.dueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('dueOn')
  dueInWorkingDays?: number;
}

export class RecordResponseDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** Date of the agency's answer. */
  @IsLocalDate() respondedOn!: string;
  /** accepted, partially-accepted, or rejected. */
  @IsIn(POSITIONS) position!: ResponsePosition;
  /** The answer; for a rejection, the explanation (giải trình). */
  @IsString() @MaxLength(20000) text!: string;
  /** What the agency commits to, with due dates (not with a rejection). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitmentDto)
  commitments?: CommitmentDto[];
}

export class AssessResponseDto {
  /** Date of the secretariat's assessment. */
  @IsLocalDate() assessedOn!: string;
  /** satisfactory, or unsatisfactory (a new response becomes due). */
  @IsIn(['satisfactory', 'unsatisfactory']) verdict!: 'satisfactory' | 'unsatisfactory';
  /** Why; required when unsatisfactory. */
  @IsString() @MaxLength(5000) note!: string;
  /** When unsatisfactory: when the new response is due; a day off moves it to the next working day (default: 10 working days after the assessment). */
  @IsOptional() @IsLocalDate() newResponseDueOn?: string;
  /** Instead of newResponseDueOn: due so many working days after the assessment. */
  @ValidateIf((o: AssessResponseDto) => o.newResponseDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('newResponseDueOn')
  newResponseDueInWorkingDays?: number;
}

export class ReportProgressDto {
  /** Date of the report. */
  @IsLocalDate() reportedOn!: string;
  /** What has been done. */
  @IsString() @IsNotEmpty() @MaxLength(10000) text!: string;
  /** Share done, 0–100. */
  @IsOptional() @IsInt() @Min(0) @Max(100) percent?: number;
}

export class ReportCompletionDto {
  /** Date of the report. */
  @IsLocalDate() reportedOn!: string;
  /** What was done. */
  @IsString() @IsNotEmpty() @MaxLength(10000) text!: string;
  /** Documents that show it. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class CloseRecommendationDto {
  /** Date of the verification. */
  @IsLocalDate() closedOn!: string;
  /** implemented, partially-implemented, not-implemented, or no-longer-applicable. */
  @IsIn(OUTCOMES) outcome!: ClosureOutcome;
  /** The verification's assessment. */
  @IsString() @IsNotEmpty() @MaxLength(10000) assessment!: string;
}

export class ReopenRecommendationDto {
  /** Why the case is open again. */
  @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() reopenedOn?: string;
}

export class ExtendDeadlineDto {
  /** The new due date, after the current one; a day off moves it to the next working day. Required unless newDueInWorkingDays is given. */
  @ValidateIf(
    (o: ExtendDeadlineDto) => o.newDueInWorkingDays === undefined || o.newDueOn !== undefined,
  )
  @OrGive('newDueInWorkingDays')
  @IsLocalDate()
  newDueOn?: string;
  /** Instead of newDueOn: so many working days added to the current due date. */
  @ValidateIf((o: ExtendDeadlineDto) => o.newDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('newDueOn')
  newDueInWorkingDays?: number;
  /** Why the deadline moves. */
  @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
  /** Who approved it (an agency cannot move its own deadline). */
  @IsString() @IsNotEmpty() @MaxLength(200) approvedBy!: string;
  /** A commitment's deadline instead of the response's. */
  @IsOptional() @Matches(ID_PATTERN) commitmentId?: string;
  /** Date of the decision; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() extendedOn?: string;
}

export class EscalateDto {
  /** The ladder step: first-reminder, further-reminder, refer-to-competent-authority, explanation-session, interpellation, re-supervision, report-to-council. */
  @IsIn(ESCALATION_LADDER) step!: EscalationStep;
  /** The reminder letter or decision. */
  @IsString() @MaxLength(5000) note!: string;
  /** Date; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() escalatedOn?: string;
  /**
   * With the step `explanation-session` or `interpellation`: the session (its id) the case is
   * placed before; it joins that session's agenda, and what is committed there can follow it up.
   */
  @IsOptional() @Matches(ID_PATTERN) sessionId?: string;
}
