import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AgencyLevel } from '@hdnd/domain';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';

export const LEVELS: readonly AgencyLevel[] = [
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
  /** Full official name, e.g. "Ủy ban nhân dân tỉnh Tây Ninh" (stored NFC). */
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  /** Administrative level: central, province, district (abolished 2025-07-01, kept for history), commune, department or other. */
  @IsIn(LEVELS) level!: AgencyLevel;
  /** The agency it belongs under, if any. */
  @IsOptional() @Matches(ID_PATTERN) parentId?: string;
  /** Defaults to today in Asia/Ho_Chi_Minh. */
  @IsOptional() @IsLocalDate() registeredOn?: string;
}

export class SuccessionDto {
  /** The agency that answers for this one's open cases from `effectiveOn`. */
  @Matches(ID_PATTERN) successorId!: string;
  /** First day the successor answers (YYYY-MM-DD, Asia/Ho_Chi_Minh). */
  @IsLocalDate() effectiveOn!: string;
  /** The legal instrument of the merger or abolition. */
  @IsString() @IsNotEmpty() @MaxLength(500) basis!: string;
}
