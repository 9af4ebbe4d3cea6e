import type { Catalogue } from '../catalogue';
import { VI_CONSTRAINT_MESSAGES } from './constraint-messages';
import { VI_FIELD_LABELS } from './field-labels';
import { VI_PROBLEM_MESSAGES } from './problem-messages';
import { VI_RULE_MESSAGES } from './rule-messages';
import { VI_SHAPE_WORDS } from './shape-words';

/** Vietnamese, the product's first language. */
export const vi: Catalogue = {
  rules: VI_RULE_MESSAGES,
  problems: VI_PROBLEM_MESSAGES,
  shape: VI_SHAPE_WORDS,
  constraints: VI_CONSTRAINT_MESSAGES,
  fields: VI_FIELD_LABELS,
  unknownProblem: 'Yêu cầu không thực hiện được.',
  unknownConstraint: '{field} chưa hợp lệ.',
};
