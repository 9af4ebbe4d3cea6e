import type { Catalogue } from '../catalogue';
import { EN_CONSTRAINT_MESSAGES } from './constraint-messages';
import { EN_FIELD_LABELS } from './field-labels';
import { EN_PROBLEM_MESSAGES } from './problem-messages';
import { EN_RULE_MESSAGES } from './rule-messages';
import { EN_SHAPE_WORDS } from './shape-words';

/** English, the second language: complete, and never mixed into a Vietnamese answer. */
export const en: Catalogue = {
  rules: EN_RULE_MESSAGES,
  problems: EN_PROBLEM_MESSAGES,
  shape: EN_SHAPE_WORDS,
  constraints: EN_CONSTRAINT_MESSAGES,
  fields: EN_FIELD_LABELS,
  unknownProblem: 'The request could not be carried out.',
  unknownConstraint: '{field} is not valid.',
};
