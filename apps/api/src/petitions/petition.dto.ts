import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { ResponsePosition } from '@hdnd/domain';
import { SupervisorDto } from '../http/common.dto';
import { ID_PATTERN, IsLocalDate } from '../http/is-local-date';
import { OrGive } from '../http/not-with';

/** The most petitions one request records, and the most answers one sitting sends. */
export const MAX_PETITIONS_PER_REQUEST = 2000;
export const MAX_ANSWERS_PER_SITTING = 500;

export class OpenPetitionRoundDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The round's name, e.g. "Kiến nghị cử tri trước Kỳ họp thứ 19". */
  @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  /** The council session the petitions are for, e.g. "Kỳ họp thứ 19, HĐND tỉnh khóa X". */
  @IsString() @IsNotEmpty() @MaxLength(300) meeting!: string;
  /** The day the petitions were forwarded to the agencies (YYYY-MM-DD): their items' issue date. */
  @IsLocalDate() forwardedOn!: string;
  /** The day the agencies must answer by (YYYY-MM-DD); a day off moves it to the next working day. */
  @IsLocalDate() answerDueOn!: string;
  /** Who supervises the answers. Omitted: the provincial council's Standing Committee. */
  @IsOptional() @ValidateNested() @Type(() => SupervisorDto) supervisor?: SupervisorDto;
}

export class PetitionDto {
  /**
   * Optional client-chosen id. Left out, it is derived from the text, the voters and the agency,
   * so the same petition sent again (or imported) is found already recorded.
   */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The petition as voters raised it. */
  @IsString() @IsNotEmpty() @MaxLength(5000) text!: string;
  /** Where it was raised: a commune or ward, or the group of deputies who met the voters. */
  @IsString() @IsNotEmpty() @MaxLength(300) voters!: string;
  /** The agency that must answer it. */
  @Matches(ID_PATTERN) agencyId!: string;
}

export class RecordPetitionsDto {
  /** The petitions, each recorded once and issued to the register as an item of its own. */
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PETITIONS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => PetitionDto)
  petitions!: PetitionDto[];
}

const POSITIONS: readonly ResponsePosition[] = ['accepted', 'partially-accepted', 'rejected'];

export class PetitionAnswerDto {
  /** The petition answered; or give its item's recommendationId. */
  @ValidateIf(
    (o: PetitionAnswerDto) => o.recommendationId === undefined || o.petitionId !== undefined,
  )
  @OrGive('recommendationId')
  @Matches(ID_PATTERN)
  petitionId?: string;
  /** Instead of petitionId: the petition's item in the register. */
  @IsOptional() @Matches(ID_PATTERN) recommendationId?: string;
  /** Optional client-chosen id of the response; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** Date of the agency's answer. */
  @IsLocalDate() respondedOn!: string;
  /** accepted, partially-accepted, or rejected. */
  @IsIn(POSITIONS) position!: ResponsePosition;
  /** The answer; for a rejection, the explanation (giải trình). */
  @IsString() @MaxLength(20000) text!: string;
}

export class AnswerPetitionsDto {
  /** The answers of one sitting: each recorded or refused on its own. */
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ANSWERS_PER_SITTING)
  @ValidateNested({ each: true })
  @Type(() => PetitionAnswerDto)
  answers!: PetitionAnswerDto[];
}
