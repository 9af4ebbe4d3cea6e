import {
  AGENCY_SHAPES,
  DELEGATION_SHAPES,
  EXPLANATION_SESSION_SHAPES,
  INTERPELLATION_SHAPES,
  COMMITTEE_SUPERVISION_SHAPES,
  OBSTACLE_SHAPES,
  PETITION_ROUND_SHAPES,
  RECOMMENDATION_SHAPES,
  USER_SHAPES,
  WEBHOOK_SHAPES,
} from '..';
import type { Field, FieldRule, Shape } from './data-shape';
import { DomainRuleViolation, ensure } from './domain-rule-violation';
import { BUSINESS_RULE_CODES, RULE_CODES, SHAPE_RULE_CODES, type RuleCode } from './rule-codes';

const DECLARED_SHAPES = [
  AGENCY_SHAPES,
  DELEGATION_SHAPES,
  EXPLANATION_SESSION_SHAPES,
  INTERPELLATION_SHAPES,
  COMMITTEE_SUPERVISION_SHAPES,
  OBSTACLE_SHAPES,
  PETITION_ROUND_SHAPES,
  RECOMMENDATION_SHAPES,
  USER_SHAPES,
  WEBHOOK_SHAPES,
] as readonly Readonly<Partial<Record<string, Readonly<{ subject: string; shape: Shape }>>>>[];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The codes a shape check can give for one field: `-invalid` always (a wrong type, or a null
 * where the field is optional); `-required` when the field is required, or an object whose own
 * required fields can be missing. Inside a list, anything missing is `-invalid`.
 */
const codesOfField = (subject: string, name: string, declared: Field | FieldRule): string[] => {
  const field: Field = 'rule' in declared ? declared : { rule: declared, optional: false };
  const word = field.code ?? kebab(name);
  const required = !field.optional || field.rule.kind === 'object';
  return [...(required ? [`${subject}.${word}-required`] : []), `${subject}.${word}-invalid`];
};

const codesTheShapesGive = (): Set<string> =>
  new Set(
    DECLARED_SHAPES.flatMap((shapes) =>
      Object.values(shapes).flatMap((declared) =>
        declared === undefined
          ? []
          : [
              `${declared.subject}.data-required`,
              ...Object.entries(declared.shape).flatMap(([name, field]) =>
                codesOfField(declared.subject, name, field),
              ),
            ],
      ),
    ),
  );

describe('rule codes', () => {
  it('ensure() takes only a listed rule code', () => {
    // @ts-expect-error a code that is not a RuleCode does not compile
    expect(() => ensure(false, 'not.a-code', 'made up')).toThrow(DomainRuleViolation);
    // @ts-expect-error nor does a DomainRuleViolation with one
    expect(new DomainRuleViolation('recommendation.made-up', 'made up').code).toBeDefined();
    const listed: RuleCode = 'recommendation.due-not-after-issue';
    expect(() => ensure(false, listed, 'listed')).toThrow(
      expect.objectContaining({ code: listed }) as Error,
    );
  });

  it('lists exactly the codes the declared shapes can give', () => {
    expect([...SHAPE_RULE_CODES].sort()).toEqual([...codesTheShapesGive()].sort());
  });

  it('lists each business rule once, in the form <subject>.<what>', () => {
    expect(new Set(BUSINESS_RULE_CODES).size).toBe(BUSINESS_RULE_CODES.length);
    for (const code of RULE_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
  });

  it('keeps the codes clients already match on', () => {
    expect(RULE_CODES).toEqual(
      expect.arrayContaining([
        'recommendation.due-not-after-issue',
        'recommendation.closed',
        'response.explanation-required',
        'agency.abolished',
        'survey.chair-required',
        'date.in-future',
      ]),
    );
  });
});
