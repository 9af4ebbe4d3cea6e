import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsLocalDate } from '../http/is-local-date';

export class AnnounceAdjustmentDto {
  /** The day (YYYY-MM-DD, Asia/Ho_Chi_Minh). */
  @IsLocalDate() date!: string;
  /** day-off (an extra day of rest) or working-day (a Saturday worked to make up for one). */
  @IsIn(['day-off', 'working-day']) kind!: 'day-off' | 'working-day';
  /** The decision that announced it, e.g. "Thông báo 6150/TB-BNV". */
  @IsString() @IsNotEmpty() @MaxLength(500) basis!: string;
}

export class WithdrawAdjustmentDto {
  /** Why the announcement no longer holds (kept in the log). */
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
