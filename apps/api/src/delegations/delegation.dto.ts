import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_WORKING_DAYS, type FindingKind } from '@hdnd/domain';
import { PersonDto, SupervisorDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { NotWith, OrGive } from '../http/not-with';

export class LegalBasisDto {
  /** Resolution number, e.g. "135/NQ-HĐND". */
  @IsString() @IsNotEmpty() @MaxLength(100) number!: string;
  /** Date of the resolution (YYYY-MM-DD). */
  @IsLocalDate() issuedOn!: string;
  /** Issuing body, e.g. "Hội đồng nhân dân tỉnh Tây Ninh". */
  @IsString() @IsNotEmpty() @MaxLength(300) issuedBy!: string;
}

export class EstablishDelegationDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** Name of the delegation. */
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  /** What it supervises (chuyên đề). */
  @IsString() @IsNotEmpty() @MaxLength(2000) topic!: string;
  /** The resolution that establishes it. */
  @IsDefined() @ValidateNested() @Type(() => LegalBasisDto) legalBasis!: LegalBasisDto;
  /** First day of the supervised period. */
  @IsLocalDate() periodFrom!: string;
  /** Last day of the supervised period. */
  @IsLocalDate() periodTo!: string;
  /** The delegation's chair. */
  @IsDefined() @ValidateNested() @Type(() => PersonDto) chair!: PersonDto;
  /** The other members. */
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  members!: PersonDto[];
  /**
   * The body that supervises through this delegation, and its level. Omitted: the provincial
   * council itself (`{ body: 'council', level: 'province' }`), as every delegation recorded
   * before supervisors were named.
   */
  @IsOptional() @ValidateNested() @Type(() => SupervisorDto) supervisor?: SupervisorDto;
}

export class FormWorkingGroupDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The group's number within the delegation, e.g. "01". */
  @IsString() @IsNotEmpty() @MaxLength(20) number!: string;
  /** Who leads the group. */
  @IsDefined() @ValidateNested() @Type(() => PersonDto) leader!: PersonDto;
  /** The group's members. */
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  members!: PersonDto[];
}

export class RecordSurveyDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The working group that carried out the survey, if any. */
  @IsOptional() @Matches(ID_PATTERN) workingGroupId?: string;
  /** Date of the visit (YYYY-MM-DD). */
  @IsLocalDate() date!: string;
  /** The surveyed units (registered agencies). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true })
  agencyIds!: string[];
  /** Topics raised with the units. */
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  topics!: string[];
  /** Who chaired the survey. */
  @IsDefined() @ValidateNested() @Type(() => PersonDto) chair!: PersonDto;
  /** Who took part, as written in the record. */
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  participants!: string[];
  /** Outcome or remarks. */
  @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class IndicatorDto {
  /** The indicator, e.g. "Chỉ số CCHC". */
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  /** The period it measures, e.g. "2021". */
  @IsString() @IsNotEmpty() @MaxLength(50) period!: string;
  /** The score, e.g. 84.72. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) value?: number;
  /** The scale's maximum, e.g. 100. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) outOf?: number;
  /** Rank in the field, e.g. 3. */
  @IsOptional() @IsInt() @Min(1) rank?: number;
  /** Size of the field, e.g. 9. */
  @IsOptional() @IsInt() @Min(1) rankOf?: number;
  /** Grade, e.g. "Tốt". */
  @IsOptional() @IsString() @MaxLength(100) grade?: string;
}

const KINDS: readonly FindingKind[] = ['achievement', 'limitation', 'obstacle'];

export class RecordFindingDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The survey it was recorded in, if any; the agency must be among its units. */
  @IsOptional() @Matches(ID_PATTERN) surveyId?: string;
  /** The agency the finding is about. */
  @Matches(ID_PATTERN) agencyId!: string;
  /** achievement, limitation, or obstacle (which also opens an obstacle). */
  @IsIn(KINDS) kind!: FindingKind;
  /** What was found, in the record's words. */
  @IsString() @IsNotEmpty() @MaxLength(5000) statement!: string;
  /** Figures inside the finding: 84.72 out of 100, rank 3 of 9, grade Tốt. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators?: IndicatorDto[];
  /** For kind "obstacle": the id of the obstacle it opens; the server makes one otherwise. */
  @IsOptional() @Matches(ID_PATTERN) obstacleId?: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() recordedOn?: string;
}

export class IssueRecommendationDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The agency asked to act; it must exist on the issue date. */
  @Matches(ID_PATTERN) addresseeAgencyId!: string;
  /** What the delegation asks. */
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  /** The findings of this delegation it comes from. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true })
  findingIds!: string[];
  /** When the response is due (YYYY-MM-DD); a day off moves it to the next working day. Required unless responseDueInWorkingDays is given. */
  @ValidateIf(
    (o: IssueRecommendationDto) =>
      o.responseDueInWorkingDays === undefined || o.responseDueOn !== undefined,
  )
  @OrGive('responseDueInWorkingDays')
  @IsLocalDate()
  responseDueOn?: string;
  /** Instead of responseDueOn: due so many working days after the issue date (weekends, holidays and announced days off skipped). */
  @ValidateIf((o: IssueRecommendationDto) => o.responseDueInWorkingDays !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  @NotWith('responseDueOn')
  responseDueInWorkingDays?: number;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() issuedOn?: string;
}

export class ConcludeDelegationDto {
  /** Date of the conclusion or supervision resolution. */
  @IsLocalDate() concludedOn!: string;
  /** Its summary. */
  @IsString() @IsNotEmpty() @MaxLength(10000) summary!: string;
}

export class PublishDelegationResultsDto {
  /** The day the results are made public (YYYY-MM-DD); today when left out. */
  @IsOptional() @IsLocalDate() publishedOn?: string;
  /** What the publication rests on: the notice, the decision, or a note. */
  @IsString() @IsNotEmpty() @MaxLength(2000) basis!: string;
}

export class WithdrawPublicationDto {
  /** The day the publication is withdrawn (YYYY-MM-DD); today when left out. */
  @IsOptional() @IsLocalDate() withdrawnOn?: string;
  /** Why the results are taken off the public page. */
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
