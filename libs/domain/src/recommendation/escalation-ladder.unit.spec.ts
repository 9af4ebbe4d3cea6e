import {
  canEscalate,
  escalationLevel,
  ESCALATION_LADDER,
  isEscalationStep,
} from './escalation-ladder';

describe('escalation ladder', () => {
  it('has the seven steps councils use, in order', () => {
    expect(ESCALATION_LADDER).toHaveLength(7);
    expect(escalationLevel(undefined)).toBe(0);
    expect(escalationLevel('first-reminder')).toBe(1);
    expect(escalationLevel('report-to-council')).toBe(7);
  });

  it('moves upwards, may skip steps, repeats only the further reminder', () => {
    expect(canEscalate(undefined, 'interpellation')).toBe(true);
    expect(canEscalate('interpellation', 'explanation-session')).toBe(false);
    expect(canEscalate('further-reminder', 'further-reminder')).toBe(true);
    expect(canEscalate('first-reminder', 'first-reminder')).toBe(false);
  });

  it('knows its own step names', () => {
    expect(isEscalationStep('re-supervision')).toBe(true);
    expect(isEscalationStep('step-8')).toBe(false);
  });
});
