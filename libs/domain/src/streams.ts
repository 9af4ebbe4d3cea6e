/**
 * One stream per aggregate instance. The category prefix lets readers of the whole log tell
 * aggregates apart without parsing event types.
 */
export const streamIds = {
  agency: (id: string) => `agency-${id}`,
  delegation: (id: string) => `delegation-${id}`,
  interpellation: (id: string) => `interpellation-${id}`,
  petitionRound: (id: string) => `voter-petition-round-${id}`,
  committeeSupervision: (id: string) => `committee-supervision-${id}`,
  explanationSession: (id: string) => `explanation-session-${id}`,
  recommendation: (id: string) => `recommendation-${id}`,
  obstacle: (id: string) => `obstacle-${id}`,
  user: (id: string) => `user-${id}`,
  webhook: (id: string) => `webhook-${id}`,
} as const;

export type StreamCategory = keyof typeof streamIds;
