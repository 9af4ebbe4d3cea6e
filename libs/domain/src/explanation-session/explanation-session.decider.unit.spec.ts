import { active, given, ids } from '@hdnd/testing';
import type {
  ExplanationConclusionRecorded,
  ExplanationSessionHeld,
  HoldExplanationSession,
  RecordExplanationConclusion,
} from '.';
import { explanationSessionDecider, explanationSessionStandingOf } from '.';
import { recommendationDecider, type IssueRecommendation } from '../recommendation';

const SESSION = 'gt-2024-dau-tu-cong';

const held: ExplanationSessionHeld = {
  type: 'ExplanationSessionHeld',
  data: {
    explanationSessionId: SESSION,
    issue: 'Tiến độ giải ngân vốn đầu tư công năm 2024 (dữ liệu mẫu)',
    agencyId: ids.province,
    heldOn: '2024-08-15',
    supervisor: { body: 'committee', level: 'province', name: 'Ban Kinh tế - Ngân sách' },
  },
};
const concluded: ExplanationConclusionRecorded = {
  type: 'ExplanationConclusionRecorded',
  data: {
    explanationSessionId: SESSION,
    conclusion: 'UBND tỉnh giải ngân đạt ít nhất 95% kế hoạch trước ngày 31/12/2024.',
    concludedOn: '2024-08-20',
  },
};

const hold = (
  over: Partial<HoldExplanationSession['data']> = {},
  agency: HoldExplanationSession['agency'] = active(ids.province),
): HoldExplanationSession => ({
  type: 'HoldExplanationSession',
  data: { ...held.data, ...over },
  agency,
});
const conclude = (
  over: Partial<RecordExplanationConclusion['data']> = {},
): RecordExplanationConclusion => ({
  type: 'RecordExplanationConclusion',
  data: { ...concluded.data, ...over },
});

describe('Explanation session decider', () => {
  describe('HoldExplanationSession', () => {
    it('holds a committee’s session, an agency explaining', () => {
      expect(given(explanationSessionDecider, []).when(hold())).toEqual([held]);
    });

    it('holds the Standing Committee’s session, which needs no name', () => {
      const supervisor = { body: 'standing-committee', level: 'commune' } as const;
      expect(given(explanationSessionDecider, []).when(hold({ supervisor }))).toEqual([
        { ...held, data: { ...held.data, supervisor } },
      ]);
    });

    it.each([
      ['twice', [held], {}, 'explanation-session.already-held'],
      ['without an issue', [], { issue: '  ' }, 'explanation-session.issue-required'],
      [
        'by a committee not named',
        [],
        { supervisor: { body: 'committee', level: 'province', name: ' ' } },
        'explanation-session.supervisor-name-required',
      ],
      [
        'by the council itself',
        [],
        { supervisor: { body: 'council', level: 'province' } },
        'explanation-session.supervisor-not-holder',
      ],
      [
        'by a deputy',
        [],
        { supervisor: { body: 'deputy', level: 'commune', name: 'Nguyễn Văn A' } },
        'explanation-session.supervisor-not-holder',
      ],
      [
        'without a supervisor',
        [],
        { supervisor: undefined },
        'explanation-session.supervisor-required',
      ],
      ['without an agency', [], { agencyId: undefined }, 'explanation-session.agency-id-required'],
      [
        'on a day that is no date',
        [],
        { heldOn: '15/08/2024' },
        'explanation-session.held-on-invalid',
      ],
    ] as const)('refuses a session %s', (_, history, over, code) => {
      expect(
        given(explanationSessionDecider, history).rejects(
          hold(over as Partial<HoldExplanationSession['data']>),
        ),
      ).toBe(code);
    });

    it('refuses an agency that is not registered', () => {
      expect(
        given(explanationSessionDecider, []).rejects(
          hold({}, { agencyId: ids.province, registered: false }),
        ),
      ).toBe('agency.not-registered');
    });

    it('refuses an agency abolished by the day of the session', () => {
      const abolished = {
        ...active(ids.city),
        succession: { successorId: ids.province, effectiveOn: '2024-07-01', basis: 'NQ 1' },
      };
      expect(
        given(explanationSessionDecider, []).rejects(hold({ agencyId: ids.city }, abolished)),
      ).toBe('agency.abolished');
    });

    it('refuses a session dated after the day it is recorded', () => {
      expect(given(explanationSessionDecider, []).rejects({ ...hold(), today: '2024-08-14' })).toBe(
        'date.in-future',
      );
    });
  });

  describe('RecordExplanationConclusion', () => {
    it('records the conclusion the session ends with', () => {
      expect(given(explanationSessionDecider, [held]).when(conclude())).toEqual([concluded]);
    });

    it('records it on the day of the session', () => {
      expect(
        given(explanationSessionDecider, [held]).when(conclude({ concludedOn: '2024-08-15' })),
      ).toEqual([{ ...concluded, data: { ...concluded.data, concludedOn: '2024-08-15' } }]);
    });

    it.each([
      ['of a session never held', [], {}, 'explanation-session.not-held'],
      ['twice', [held, concluded], {}, 'explanation-session.already-concluded'],
      ['without its text', [held], { conclusion: ' ' }, 'explanation-session.conclusion-required'],
      [
        'before the session',
        [held],
        { concludedOn: '2024-08-14' },
        'explanation-session.conclusion-before-session',
      ],
      [
        'without its date',
        [held],
        { concludedOn: undefined },
        'explanation-session.concluded-on-required',
      ],
    ] as const)('refuses a conclusion %s', (_, history, over, code) => {
      expect(
        given(explanationSessionDecider, history).rejects(
          conclude(over as Partial<RecordExplanationConclusion['data']>),
        ),
      ).toBe(code);
    });
  });

  describe('its standing as a source of follow-up', () => {
    it('is not on record before it is held', () => {
      expect(
        explanationSessionStandingOf(given(explanationSessionDecider, []).state(), SESSION),
      ).toEqual({ kind: 'explanation-session', id: SESSION, recorded: false, parts: {} });
    });

    it('opens on the day it is held, under its supervisor; the conclusion is a part once recorded', () => {
      const standing = (history: (ExplanationSessionHeld | ExplanationConclusionRecorded)[]) =>
        explanationSessionStandingOf(given(explanationSessionDecider, history).state(), SESSION);
      expect(standing([held])).toEqual({
        kind: 'explanation-session',
        id: SESSION,
        recorded: true,
        openedOn: '2024-08-15',
        supervisor: held.data.supervisor,
        parts: {},
      });
      expect(standing([held, concluded]).parts).toEqual({ conclusion: '2024-08-20' });
    });
  });
  describe('an item issued from it (the recommendation decider, given its standing)', () => {
    const standing = (history: (ExplanationSessionHeld | ExplanationConclusionRecorded)[]) =>
      explanationSessionStandingOf(given(explanationSessionDecider, history).state(), SESSION);
    const issue = (
      history: (ExplanationSessionHeld | ExplanationConclusionRecorded)[],
      issuedOn = '2024-08-20',
    ): IssueRecommendation => ({
      type: 'IssueRecommendation',
      data: {
        recommendationId: 'kn-giai-trinh',
        source: { kind: 'explanation-session', id: SESSION, partId: 'conclusion' },
        addresseeAgencyId: ids.province,
        text: 'Giải ngân đạt ít nhất 95% kế hoạch vốn năm 2024',
        findingIds: [],
        issuedOn,
        responseDueOn: '2024-09-30',
      },
      origin: standing(history),
      addressee: active(ids.province),
    });

    it('follows up the conclusion once it is on record', () => {
      expect(given(recommendationDecider, []).when(issue([held, concluded]))).toEqual([
        expect.objectContaining({ type: 'RecommendationIssued' }),
      ]);
    });

    it.each([
      ['from a session never held', [], '2024-08-20', 'source.not-recorded'],
      ['before the conclusion is on record', [held], '2024-08-20', 'recommendation.part-foreign'],
      [
        'dated before the conclusion',
        [held, concluded],
        '2024-08-18',
        'recommendation.before-part',
      ],
      ['dated before the session', [held, concluded], '2024-08-14', 'recommendation.before-source'],
    ] as const)('refuses an item %s', (_, history, issuedOn, code) => {
      expect(given(recommendationDecider, []).rejects(issue([...history], issuedOn))).toBe(code);
    });
  });
});
