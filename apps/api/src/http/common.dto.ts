import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Someone named in the record with the position they held then. */
export class PersonDto {
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsString() @MaxLength(500) position!: string;
}

/** A document backing a claim: a report number, a decision, a link in the records system. */
export class EvidenceDto {
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reference!: string;
}
