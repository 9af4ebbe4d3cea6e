import { agencyNextStep, TRACKER_SECTIONS } from './todo-sections';

describe("the to-do list's sections", () => {
  it('asks the API for each section by its own filter, never for everything', () => {
    expect(TRACKER_SECTIONS.map((s) => s.key)).toEqual([
      'overdue',
      'dueSoon',
      'awaitingAssessment',
      'awaitingVerification',
    ]);
    expect(TRACKER_SECTIONS.find((s) => s.key === 'dueSoon')!.query).toMatchObject({
      dueWithinWorkingDays: 15,
    });
    for (const section of TRACKER_SECTIONS)
      expect(Object.keys(section.query).length).toBeGreaterThan(1);
  });

  it("tells an agency's officer what the case asks of them next", () => {
    expect(agencyNextStep('awaiting-response')).toBe('respond');
    expect(agencyNextStep('in-progress')).toBe('implement');
    expect(agencyNextStep('reported-done')).toBe('awaitVerification');
    expect(agencyNextStep('implemented')).toBeUndefined();
  });
});
