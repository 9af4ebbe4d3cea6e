import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AgencyLevel } from '@hdnd/domain';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';

const LEVELS: readonly AgencyLevel[] = [
  'central',
  'province',
  'district',
  'commune',
  'department',
  'other',
];

export class RegisterAgencyDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsIn(LEVELS) level!: AgencyLevel;
  @IsOptional() @Matches(ID_PATTERN) parentId?: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() registeredOn?: string;
}

export class SuccessionDto {
  @Matches(ID_PATTERN) successorId!: string;
  @IsLocalDate() effectiveOn!: string;
  @IsString() @IsNotEmpty() @MaxLength(500) basis!: string;
}
