// class-transformer's @Type reads the design types TypeScript records as reflect metadata.
import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { IsCidr, IsEd25519PrivateKey } from './value-checks';
import { Variable, variablesOf } from './variable';

/** "a, b ,c" → ["a", "b", "c"]: the comma-separated lists, blanks dropped. */
const commaList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : value;

/**
 * Every environment variable the api and the worker read, with its default and what it
 * accepts. `loadSettings` validates the environment against this class once, at start; the
 * README's table and `.env.example` are checked against it.
 */
export class Environment {
  @Variable({
    default: './data',
    accepts: 'a directory path',
    means: 'where the embedded event log (events.sqlite), read models and keys live',
  })
  @IsString()
  DATA_DIR!: string;

  @Variable({
    default: '3000',
    accepts: 'a port number from 0 to 65535',
    means: "HTTP port (the CLI's default --url too)",
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  @Variable({
    default: '127.0.0.1',
    accepts: 'an interface address or host name, such as 0.0.0.0',
    means: 'interface to listen on (0.0.0.0 in a container)',
  })
  @Matches(/^[A-Za-z0-9.:%[\]-]+$/)
  HOST!: string;

  @Variable({
    whenUnset: 'random, printed once',
    accepts: 'a password',
    means: 'password of admin, opened on the first start with no accounts',
    secret: true,
  })
  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  @Variable({
    whenUnset: 'generated into DATA_DIR/jwt-secret',
    accepts: 'at least 32 characters',
    means: 'HS256 key for access tokens',
    secret: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Variable({
    default: '900',
    accepts: 'a positive whole number of seconds',
    means: 'access token lifetime',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ACCESS_TOKEN_TTL_SECONDS!: number;

  @Variable({
    default: '5',
    accepts: 'a positive whole number',
    means: 'login attempts per username and address per minute, then 429',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_MINUTE!: number;

  @Variable({
    default: '6000',
    accepts: 'a whole number (0: no limit)',
    means: 'requests per signed-in user per minute, then 429 (0: no limit)',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE!: number;

  @Variable({
    whenUnset: 'none',
    accepts: 'comma-separated origins such as https://hdnd.tayninh.gov.vn',
    means: 'origins allowed to call the api from a browser',
  })
  @Transform(commaList)
  @Matches(/^https?:\/\/[^\s/]+$/, { each: true })
  CORS_ORIGINS: string[] = [];

  @Variable({
    whenUnset: 'the embedded SQLite log',
    accepts: 'an esdb:// connection string, such as esdb://localhost:2113?tls=false',
    means: 'the event log in EventStoreDB instead of SQLite',
  })
  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/)
  EVENTSTORE_URL?: string;

  @Variable({
    whenUnset: 'jobs run in the process',
    accepts: 'a redis:// or rediss:// URL, such as redis://localhost:6379',
    means: 'background jobs on BullMQ; /ready reports it',
  })
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/)
  REDIS_URL?: string;

  @Variable({
    default: 'on',
    accepts: '"on" or "off"',
    means:
      'whether this api runs background jobs itself (off: it only enqueues them for npm run start:worker)',
  })
  @IsIn(['on', 'off'])
  WORKERS!: 'on' | 'off';

  @Variable({
    whenUnset: "BullMQ's bull",
    accepts: '1 to 64 letters, digits, ".", "_", "-", "{" or "}"',
    means: 'Redis key prefix of the queues: two deployments sharing a Redis each set their own',
  })
  @IsOptional()
  // Letters, digits, `. _ - { }` (braces make a Redis Cluster hash tag): a key, not a pattern.
  @Matches(/^[A-Za-z0-9._{}-]{1,64}$/)
  QUEUE_PREFIX?: string;

  @Variable({
    default: '60',
    accepts: 'a number of minutes (0: off)',
    means: 'between deadline sweeps (0: none on a schedule)',
  })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  FOLLOW_UP_INTERVAL_MINUTES!: number;

  @Variable({
    default: '15,7,3',
    accepts: 'comma-separated whole numbers of working days, such as 15,7,3',
    means: 'working days before a deadline when reminders are recorded',
  })
  @Transform(({ value }: { value: unknown }) => {
    const days = commaList({ value });
    return Array.isArray(days) ? days.map((day) => Number(day)) : days;
  })
  @IsInt({ each: true })
  @Min(0, { each: true })
  FOLLOW_UP_REMINDER_DAYS!: number[];

  @Variable({
    default: '60',
    accepts: 'a number of minutes (0: on demand only)',
    means: 'between signed log checkpoints (0: on demand only)',
  })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  AUDIT_CHECKPOINT_MINUTES!: number;

  @Variable({
    whenUnset: 'generated into DATA_DIR/audit-signing-key.pem',
    accepts: 'an Ed25519 private key in PKCS#8 PEM',
    means: 'the key that signs log checkpoints',
    secret: true,
  })
  @IsOptional()
  @IsEd25519PrivateKey()
  AUDIT_SIGNING_KEY?: string;

  @Variable({
    whenUnset: 'none',
    accepts: 'comma-separated networks such as 10.0.0.0/8 or fd00::/8',
    means: 'networks webhooks may reach although internal (an intranet receiver)',
  })
  @Transform(commaList)
  // Checked at start: a typo here would otherwise surface as refused deliveries much later.
  @IsCidr({ each: true })
  WEBHOOK_ALLOW_CIDRS: string[] = [];

  @Variable({
    whenUnset: 'none',
    accepts: 'comma-separated host names',
    means: 'hosts exempt from the webhook address guard (tests)',
  })
  @Transform(commaList)
  @IsString({ each: true })
  WEBHOOK_ALLOW_HOSTS: string[] = [];

  @Variable({
    whenUnset: 'no e-mail is sent',
    accepts: 'an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.vn:587',
    means: 'the SMTP server daily digests of reminders and missed deadlines are sent through',
    secret: true,
  })
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/)
  SMTP_URL?: string;

  @Variable({
    default: 'HĐND <no-reply@localhost>',
    accepts: 'a mailbox, such as "HĐND tỉnh <giamsat@tayninh.gov.vn>"',
    means: 'the sender of the e-mail digests',
  })
  @IsString()
  @MinLength(3)
  NOTICE_FROM!: string;

  @Variable({
    default: 'http://localhost:3000',
    accepts: 'an http or https URL',
    means: 'where the web console is, for the links in e-mail digests',
  })
  @Matches(/^https?:\/\/\S+$/)
  CONSOLE_URL!: string;

  @Variable({
    default: '7',
    accepts: 'an hour from 0 to 23',
    means: 'from this hour (Vietnam time) the day’s e-mail digests are sent',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  NOTICE_DIGEST_HOUR!: number;
}

/** The variables of the schema, in its order: what README's table and .env.example list. */
export const ENVIRONMENT_VARIABLES = variablesOf(Environment);
