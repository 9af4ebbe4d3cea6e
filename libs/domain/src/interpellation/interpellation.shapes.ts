import {
  date,
  LEGAL_BASIS,
  named,
  PERSON,
  string,
  SUPERVISOR,
  type Shape,
} from '../shared/data-shape';
import type { InterpellationCommand } from './interpellation.commands';

/**
 * The fields each interpellation command must carry, and the word its rule codes start with
 * (`question.asker-required`). What the decider accepts, the interpellation projection can store.
 */
export const INTERPELLATION_SHAPES: Readonly<
  Record<InterpellationCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  HoldInterpellation: {
    subject: 'interpellation',
    shape: {
      interpellationId: string(),
      title: string(),
      meeting: string(),
      heldOn: date(),
      supervisor: SUPERVISOR,
    },
  },
  RecordInterpellationQuestion: {
    subject: 'question',
    shape: {
      interpellationId: string(),
      questionId: string(),
      askedBy: named('asker', string()),
      answeredBy: named('answerer', PERSON),
      agencyId: string(),
      question: string(),
      answer: string(),
      askedOn: date(),
    },
  },
  AdoptInterpellationResolution: {
    subject: 'interpellation',
    shape: {
      interpellationId: string(),
      resolution: LEGAL_BASIS,
      summary: string(),
    },
  },
};
