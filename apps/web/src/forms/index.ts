/* What a page needs to build a form that sends one of the API's commands. */
export { useCommand, fieldId, type Command, type CommandHeaders } from './useCommand';
export { FormErrorSummary } from './FormErrorSummary';
export { ChangedSince } from './ChangedSince';
export { newSteps, stepIdentity, type HistoryStep } from './history-steps';
export { EVENT_LABELS, isKnownEvent } from './event-labels';
export { FormActions } from './FormActions';
export { RepeatedRows } from './RepeatedRows';
export { optionalLabel } from './optional';
