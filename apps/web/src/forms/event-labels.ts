/*
 * What each event type is called, for the lists of a case's history. Written out in full so the
 * catalogue test sees each key used; a type the console does not know yet is shown by name.
 */

export const EVENT_LABELS = {
  AgencyRegistered: 'events.AgencyRegistered',
  AgencySuccessionRecorded: 'events.AgencySuccessionRecorded',
  CalendarAdjustmentAnnounced: 'events.CalendarAdjustmentAnnounced',
  CalendarAdjustmentWithdrawn: 'events.CalendarAdjustmentWithdrawn',
  CommitteeSupervisionConcluded: 'events.CommitteeSupervisionConcluded',
  CommitteeSupervisionStarted: 'events.CommitteeSupervisionStarted',
  CompletionReported: 'events.CompletionReported',
  DeadlineExtended: 'events.DeadlineExtended',
  DeadlineMissed: 'events.DeadlineMissed',
  DelegationConcluded: 'events.DelegationConcluded',
  DelegationEstablished: 'events.DelegationEstablished',
  ExplanationConclusionRecorded: 'events.ExplanationConclusionRecorded',
  ExplanationSessionHeld: 'events.ExplanationSessionHeld',
  FindingRecorded: 'events.FindingRecorded',
  InterpellationHeld: 'events.InterpellationHeld',
  InterpellationQuestionAnswered: 'events.InterpellationQuestionAnswered',
  InterpellationResolutionAdopted: 'events.InterpellationResolutionAdopted',
  ObstacleAssigned: 'events.ObstacleAssigned',
  ObstacleMerged: 'events.ObstacleMerged',
  ObstacleRecorded: 'events.ObstacleRecorded',
  ObstacleReferred: 'events.ObstacleReferred',
  ObstacleResolved: 'events.ObstacleResolved',
  ObstacleTransferred: 'events.ObstacleTransferred',
  PasswordReset: 'events.PasswordReset',
  ProgressReported: 'events.ProgressReported',
  RecommendationClosed: 'events.RecommendationClosed',
  RecommendationEscalated: 'events.RecommendationEscalated',
  RecommendationIssued: 'events.RecommendationIssued',
  RecommendationReopened: 'events.RecommendationReopened',
  RecommendationTransferred: 'events.RecommendationTransferred',
  ReminderIssued: 'events.ReminderIssued',
  ResponseAssessed: 'events.ResponseAssessed',
  ResponseRecorded: 'events.ResponseRecorded',
  RoleGranted: 'events.RoleGranted',
  SurveyRecorded: 'events.SurveyRecorded',
  UserDisabled: 'events.UserDisabled',
  UserEnabled: 'events.UserEnabled',
  NoticesChosen: 'events.NoticesChosen',
  UserRegistered: 'events.UserRegistered',
  WebhookDeliveryFailed: 'events.WebhookDeliveryFailed',
  WebhookDisabled: 'events.WebhookDisabled',
  WebhookRegistered: 'events.WebhookRegistered',
  WorkingGroupFormed: 'events.WorkingGroupFormed',
} as const;

export type KnownEvent = keyof typeof EVENT_LABELS;

export const isKnownEvent = (type: string): type is KnownEvent => Object.hasOwn(EVENT_LABELS, type);
