import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { Competence } from '@hdnd/domain';
import { EvidenceDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';

const COMPETENCES: readonly Competence[] = ['commune', 'province', 'central'];

export class AssignObstacleDto {
  /** The agency competent to resolve it. */
  @Matches(ID_PATTERN) agencyId!: string;
  /** commune, province or central. */
  @IsIn(COMPETENCES) competence!: Competence;
  /** Date; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() assignedOn?: string;
}

export class MergeObstacleDto {
  /** The obstacle it is the same as (reported by another unit). */
  @Matches(ID_PATTERN) intoObstacleId!: string;
  /** Date; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() mergedOn?: string;
}

export class ResolveObstacleDto {
  /** Date it was resolved. */
  @IsLocalDate() resolvedOn!: string;
  /** How it was removed (tháo gỡ). */
  @IsString() @IsNotEmpty() @MaxLength(10000) resolution!: string;
  /** Documents that show it. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class ReferObstacleDto {
  /** The competent body it is referred to (a ministry, the province…). */
  @Matches(ID_PATTERN) toAgencyId!: string;
  /** commune, province or central: the level competent to remove it. */
  @IsIn(COMPETENCES) competence!: Competence;
  /** Why it is referred there and what is asked of that body. */
  @IsString() @IsNotEmpty() @MaxLength(10000) reason!: string;
  /** Date; defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() referredOn?: string;
}
