import type { Decider } from '../shared';
import type { ExplanationSessionCommand } from './explanation-session.commands';
import { decideExplanationSession } from './explanation-session.decide';
import type { ExplanationSessionEvent } from './explanation-session.events';
import { evolveExplanationSession } from './explanation-session.evolve';
import {
  initialExplanationSessionState,
  type ExplanationSessionState,
} from './explanation-session.state';

export const explanationSessionDecider: Decider<
  ExplanationSessionCommand,
  ExplanationSessionEvent,
  ExplanationSessionState
> = {
  decide: decideExplanationSession,
  evolve: evolveExplanationSession,
  initialState: initialExplanationSessionState,
};
