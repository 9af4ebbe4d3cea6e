import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

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
