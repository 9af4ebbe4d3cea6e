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
  @Matches(ID_PATTERN) agencyId!: string;
  @IsIn(COMPETENCES) competence!: Competence;
  @IsOptional() @IsLocalDate() assignedOn?: string;
}

export class MergeObstacleDto {
  @Matches(ID_PATTERN) intoObstacleId!: string;
  @IsOptional() @IsLocalDate() mergedOn?: string;
}

export class ResolveObstacleDto {
  @IsLocalDate() resolvedOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(10000) resolution!: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}
