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
import { LegalBasisDto } from '../delegations/delegation.dto';
import { PersonDto, SupervisorDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { NotWith, OrGive } from '../http/not-with';

export class HoldInterpellationDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The session's name, e.g. "Phiên chất vấn về cải cách hành chính". */
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  /** The council meeting it was part of, e.g. "Kỳ họp thứ 12, HĐND tỉnh khóa X". */
  @IsString() @IsNotEmpty() @MaxLength(300) meeting!: string;
  /** The day it was held (YYYY-MM-DD). */
  @IsLocalDate() heldOn!: string;
  /**
   * Who holds it: the council at a meeting, or its Standing Committee between meetings.
   * Omitted: the provincial council.
   */
  @IsOptional() @ValidateNested() @Type(() => SupervisorDto) supervisor?: SupervisorDto;
}

export class RecordQuestionDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The deputy who asked, e.g. "Đại biểu Nguyễn Văn A (Tổ đại biểu số 3)". */
  @IsString() @IsNotEmpty() @MaxLength(300) askedBy!: string;
  /** Who answered for the agency, with his or her position. */
  @IsDefined() @ValidateNested() @Type(() => PersonDto) answeredBy!: PersonDto;
  /** The agency the answer speaks for. */
  @Matches(ID_PATTERN) agencyId!: string;
  /** The question as put. */
  @IsString() @IsNotEmpty() @MaxLength(10000) question!: string;
  /** The answer as given, with what was promised. */
  @IsString() @IsNotEmpty() @MaxLength(20000) answer!: string;
  /** The day it was asked; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() askedOn?: string;
}

export class AdoptInterpellationResolutionDto {
  /** The resolution on interpellation and answers to it (number, date, issuing body). */
  @IsDefined() @ValidateNested() @Type(() => LegalBasisDto) legalBasis!: LegalBasisDto;
  /** What it requires of the agencies. */
  @IsString() @IsNotEmpty() @MaxLength(10000) summary!: string;
}

export class IssueFromInterpellationDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The agency that must act; it must exist on the issue date. */
  @Matches(ID_PATTERN) addresseeAgencyId!: string;
  /** What is followed up: the commitment made at the rostrum, or what the resolution requires. */
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  /** The question it follows from, if one. */
  @IsOptional() @Matches(ID_PATTERN) questionId?: string;
  /**
   * The recommendation it carries on from: a case escalated to this session, about which the
   * agency made the commitment this item follows up.
   */
  @IsOptional() @Matches(ID_PATTERN) followsUp?: string;
  /** When the agency must report on it (YYYY-MM-DD); a day off moves it to the next working day. Required unless responseDueInWorkingDays is given. */
  @ValidateIf(
    (o: IssueFromInterpellationDto) =>
      o.responseDueInWorkingDays === undefined || o.responseDueOn !== undefined,
  )
  @OrGive('responseDueInWorkingDays')
  @IsLocalDate()
  responseDueOn?: string;
  /** Instead of responseDueOn: due so many working days after the issue date. */
  @ValidateIf((o: IssueFromInterpellationDto) => o.responseDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('responseDueOn')
  responseDueInWorkingDays?: number;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() issuedOn?: string;
}
