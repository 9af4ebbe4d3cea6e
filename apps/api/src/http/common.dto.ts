import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  COUNCIL_LEVELS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SupervisingBody,
} from '@hdnd/domain';

/** Someone named in the record with the position they held then. */
export class PersonDto {
  /** Full name, e.g. "Nguyễn Đài Thy". */
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  /** Position held at the time (chức vụ). */
  @IsString() @MaxLength(500) position!: string;
}

/** A document backing a claim: a report number, a decision, a link in the records system. */
export class EvidenceDto {
  /** What the document is, e.g. "Báo cáo của UBND tỉnh". */
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  /** Its number or link in the records system, e.g. "123/BC-UBND". */
  @IsString() @IsNotEmpty() @MaxLength(500) reference!: string;
}

/** Who supervises, and at which level of local government. */
export class SupervisorDto {
  /**
   * `council` (HĐND), `standing-committee` (Thường trực HĐND), `committee` (a Ban of the council),
   * `deputy-group` (Tổ đại biểu) or `deputy` (one deputy).
   */
  @IsIn(SUPERVISING_BODIES) body!: SupervisingBody;
  /** `province` or `commune`. */
  @IsIn(COUNCIL_LEVELS) level!: CouncilLevel;
  /** Which committee, group or deputy, e.g. "Ban Pháp chế": required for those three bodies. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) name?: string;
}
