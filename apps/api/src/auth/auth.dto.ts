import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '@hdnd/identity';
import { ROLES, type Role } from '@hdnd/domain';
import { ID_PATTERN } from '../http/is-local-date';
import { IsEmailAddress } from './is-email-address';

export class LoginDto {
  /** The login name, e.g. "thu-ky.hdnd". */
  @IsString() @MaxLength(64) username!: string;
  /** The password. */
  @IsString() @MaxLength(256) password!: string;
}

export class GrantFields {
  /** What the user may do: admin, secretariat, member, agency or auditor (docs/security.md, Roles). */
  @IsIn(ROLES) role!: Role;
  /** For `agency` users only: the agency whose cases they read and answer. */
  @IsOptional() @Matches(ID_PATTERN) agencyId?: string;
  /** For `member` users only: the delegations whose surveys and findings they record. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true })
  delegationIds?: string[];
}

export class CreateUserDto extends GrantFields {
  /** Optional client-chosen user id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** Lower-case login name: 3–64 of a–z, 0–9, dot, dash, underscore. */
  @IsString() @MaxLength(64) username!: string;
  /** At least 12 characters; kept only as an argon2id hash, never in the log. */
  @IsString() @Length(MIN_PASSWORD_LENGTH, 256) password!: string;
  /** The name timelines show, e.g. "Văn phòng UBND tỉnh Tây Ninh". */
  @IsString() @MaxLength(200) displayName!: string;
}

export class GrantRoleDto extends GrantFields {
  /** Why the grant changes; kept in the log with who changed it. */
  @IsString() @MaxLength(2000) reason!: string;
}

export class ResetPasswordDto {
  /** The new password, at least 12 characters. */
  @IsString() @Length(MIN_PASSWORD_LENGTH, 256) password!: string;
}

export class AccountStandingDto {
  /** Why the account is disabled or enabled again; kept in the log with the admin who did it. */
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ChooseNoticesDto {
  /** Where the daily digest goes; absent: no address, and then nothing is sent. */
  @IsOptional() @IsString() @MaxLength(254) @IsEmailAddress() email?: string;
  /** Reminders of deadlines drawing near (sắp đến hạn). */
  @IsBoolean() reminders!: boolean;
  /** Deadlines that passed without an answer (quá hạn). */
  @IsBoolean() missedDeadlines!: boolean;
}
