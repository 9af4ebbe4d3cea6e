import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { FindingKind } from '@hdnd/domain';
import { PersonDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';

export class LegalBasisDto {
  @IsString() @IsNotEmpty() @MaxLength(100) number!: string;
  @IsLocalDate() issuedOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) issuedBy!: string;
}

export class EstablishDelegationDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) topic!: string;
  @ValidateNested() @Type(() => LegalBasisDto) legalBasis!: LegalBasisDto;
  @IsLocalDate() periodFrom!: string;
  @IsLocalDate() periodTo!: string;
  @ValidateNested() @Type(() => PersonDto) chair!: PersonDto;
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  members!: PersonDto[];
}

export class FormWorkingGroupDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsString() @IsNotEmpty() @MaxLength(20) number!: string;
  @ValidateNested() @Type(() => PersonDto) leader!: PersonDto;
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  members!: PersonDto[];
}

export class RecordSurveyDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsOptional() @Matches(ID_PATTERN) workingGroupId?: string;
  @IsLocalDate() date!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true })
  agencyIds!: string[];
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  topics!: string[];
  @ValidateNested() @Type(() => PersonDto) chair!: PersonDto;
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  participants!: string[];
  @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class IndicatorDto {
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) period!: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) value?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) outOf?: number;
  @IsOptional() @IsInt() @Min(1) rank?: number;
  @IsOptional() @IsInt() @Min(1) rankOf?: number;
  @IsOptional() @IsString() @MaxLength(100) grade?: string;
}

const KINDS: readonly FindingKind[] = ['achievement', 'limitation', 'obstacle'];

export class RecordFindingDto {
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsOptional() @Matches(ID_PATTERN) surveyId?: string;
  @Matches(ID_PATTERN) agencyId!: string;
  @IsIn(KINDS) kind!: FindingKind;
  @IsString() @IsNotEmpty() @MaxLength(5000) statement!: string;
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
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @Matches(ID_PATTERN) addresseeAgencyId!: string;
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true })
  findingIds!: string[];
  @IsLocalDate() responseDueOn!: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() issuedOn?: string;
}

export class ConcludeDelegationDto {
  @IsLocalDate() concludedOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(10000) summary!: string;
}
