import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@hdnd/domain';
import { ID_PATTERN } from '../http/is-local-date';
import { IsHttpUrl } from './is-http-url';

export class RegisterWebhookDto {
  /** Optional client-chosen id; the server makes a UUID otherwise. */
  @IsOptional() @Matches(ID_PATTERN) id?: string;
  /** The endpoint (http or https); internal addresses are refused. */
  @IsString() @MaxLength(2000) @IsHttpUrl() url!: string;
  /** RecommendationIssued, ReminderIssued, DeadlineMissed and/or ResponseAssessed. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes!: WebhookEventType[];
  /** Admins only: the agency whose cases it receives (agency users get their own). */
  @IsOptional() @Matches(ID_PATTERN) agencyId?: string;
}

export class DisableWebhookDto {
  /** Why deliveries stop (kept in the log). */
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
