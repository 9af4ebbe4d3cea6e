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
  ValidateNested,
} from 'class-validator';
import {
  ESCALATION_LADDER,
  type ClosureOutcome,
  type EscalationStep,
  type ResponsePosition,
} from '@hdnd/domain';
import { EvidenceDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';

const POSITIONS: readonly ResponsePosition[] = ['accepted', 'partially-accepted', 'rejected'];
const OUTCOMES: readonly ClosureOutcome[] = [
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
];

export class CommitmentDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
  @IsLocalDate() dueOn!: string;
}

export class RecordResponseDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsLocalDate() respondedOn!: string;
  @IsIn(POSITIONS) position!: ResponsePosition;
  /** The answer; for a rejection, the explanation (giải trình). */
  @IsString() @MaxLength(20000) text!: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitmentDto)
  commitments?: CommitmentDto[];
}

export class AssessResponseDto {
  @IsLocalDate() assessedOn!: string;
  @IsIn(['satisfactory', 'unsatisfactory']) verdict!: 'satisfactory' | 'unsatisfactory';
  @IsString() @MaxLength(5000) note!: string;
  /** When unsatisfactory: when the new response is due (default: 15 days after the assessment). */
  @IsOptional() @IsLocalDate() newResponseDueOn?: string;
}

export class ReportProgressDto {
  @IsLocalDate() reportedOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(10000) text!: string;
  @IsOptional() @IsInt() @Min(0) @Max(100) percent?: number;
}

export class ReportCompletionDto {
  @IsLocalDate() reportedOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(10000) text!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class CloseRecommendationDto {
  @IsLocalDate() closedOn!: string;
  @IsIn(OUTCOMES) outcome!: ClosureOutcome;
  @IsString() @IsNotEmpty() @MaxLength(10000) assessment!: string;
}

export class ReopenRecommendationDto {
  @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() reopenedOn?: string;
}

export class ExtendDeadlineDto {
  @IsLocalDate() newDueOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) approvedBy!: string;
  /** A commitment's deadline instead of the response's. */
  @IsOptional() @Matches(ID_PATTERN) commitmentId?: string;
  @IsOptional() @IsLocalDate() extendedOn?: string;
}

export class EscalateDto {
  @IsIn(ESCALATION_LADDER) step!: EscalationStep;
  @IsString() @MaxLength(5000) note!: string;
  @IsOptional() @IsLocalDate() escalatedOn?: string;
}
