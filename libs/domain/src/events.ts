import type { AgencyEvent } from './agency';
import type { DelegationEvent } from './delegation';
import type { ExplanationSessionEvent } from './explanation-session';
import type { InterpellationEvent } from './interpellation';
import type { CommitteeSupervisionEvent } from './committee-supervision';
import type { ObstacleEvent } from './obstacle';
import type { PetitionRoundEvent } from './voter-petitions';
import type { RecommendationEvent } from './recommendation';
import type { UserEvent } from './user';
import type { CalendarEvent } from './calendar';
import type { WebhookEvent } from './webhook';

export type DomainEvent =
  | AgencyEvent
  | DelegationEvent
  | InterpellationEvent
  | PetitionRoundEvent
  | CommitteeSupervisionEvent
  | ExplanationSessionEvent
  | RecommendationEvent
  | ObstacleEvent
  | UserEvent
  | CalendarEvent
  | WebhookEvent;
export type DomainEventType = DomainEvent['type'];

/**
 * The schema version each event type is written with today. Raise one when an event's shape
 * changes, and register an upcaster for the old version: stored events are never rewritten.
 */
export const EVENT_SCHEMA_VERSIONS: Readonly<Record<DomainEventType, number>> = {
  AgencyRegistered: 1,
  AgencySuccessionRecorded: 1,
  DelegationEstablished: 2,
  WorkingGroupFormed: 1,
  SurveyRecorded: 2,
  FindingRecorded: 1,
  DelegationConcluded: 1,
  DelegationResultsPublished: 1,
  DelegationPublicationWithdrawn: 1,
  InterpellationHeld: 1,
  InterpellationQuestionAnswered: 1,
  InterpellationResolutionAdopted: 1,
  PetitionRoundOpened: 1,
  PetitionsRecorded: 1,
  CommitteeSupervisionStarted: 1,
  CommitteeSupervisionConcluded: 1,
  ExplanationSessionHeld: 1,
  ExplanationConclusionRecorded: 1,
  RecommendationIssued: 3,
  ResponseRecorded: 1,
  ResponseAssessed: 1,
  ProgressReported: 1,
  CompletionReported: 1,
  RecommendationClosed: 2,
  RecommendationReopened: 2,
  DeadlineExtended: 2,
  RecommendationEscalated: 2,
  RecommendationTransferred: 1,
  ReminderIssued: 1,
  DeadlineMissed: 1,
  ObstacleRecorded: 1,
  ObstacleAssigned: 1,
  ObstacleReferred: 1,
  ObstacleMerged: 1,
  ObstacleResolved: 1,
  ObstacleTransferred: 1,
  UserRegistered: 1,
  RoleGranted: 1,
  PasswordReset: 1,
  UserDisabled: 1,
  UserEnabled: 1,
  NoticesChosen: 1,
  CalendarAdjustmentAnnounced: 1,
  CalendarAdjustmentWithdrawn: 1,
  WebhookRegistered: 1,
  WebhookDisabled: 1,
  WebhookDeliveryFailed: 1,
};
