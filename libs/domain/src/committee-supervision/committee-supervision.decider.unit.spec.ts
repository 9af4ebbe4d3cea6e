import { given } from '@hdnd/testing';
import type { CommitteeSupervisionEvent, StartCommitteeSupervision } from '.';
import { committeeSupervisionDecider } from '.';

const started: CommitteeSupervisionEvent = {
  type: 'CommitteeSupervisionStarted',
  data: {
    committeeSupervisionId: 'gs-1',
    topic: 'Hồ sơ đất đai quá hạn',
    supervisor: { body: 'committee', level: 'province', name: 'Ban Pháp chế' },
    startedOn: '2024-07-01',
  },
};
const start = (over: Partial<StartCommitteeSupervision['data']> = {}) => ({
  type: 'StartCommitteeSupervision' as const,
  data: { ...started.data, ...over },
});
const conclude = (concludedOn: string, conclusion = 'Đề nghị giải quyết dứt điểm') => ({
  type: 'ConcludeCommitteeSupervision' as const,
  data: { committeeSupervisionId: 'gs-1', conclusion, concludedOn },
});
const concluded: CommitteeSupervisionEvent = {
  type: 'CommitteeSupervisionConcluded',
  data: conclude('2024-07-20').data,
};

describe('Committee supervision decider', () => {
  it('starts a committee’s supervision, and concludes it once', () => {
    expect(given(committeeSupervisionDecider, []).when(start())).toEqual([started]);
    expect(given(committeeSupervisionDecider, [started]).when(conclude('2024-07-20'))).toEqual([
      concluded,
    ]);
  });

  it('takes the Standing Committee without a name', () => {
    const supervisor = { body: 'standing-committee', level: 'commune' } as const;
    expect(given(committeeSupervisionDecider, []).when(start({ supervisor }))).toHaveLength(1);
  });

  it.each([
    ['twice', [started], start(), 'committee-supervision.already-started'],
    ['without a topic', [], start({ topic: ' ' }), 'committee-supervision.topic-required'],
    [
      'by the council itself',
      [],
      start({ supervisor: { body: 'council', level: 'province' } }),
      'committee-supervision.not-a-committee',
    ],
    [
      'by a deputy',
      [],
      start({ supervisor: { body: 'deputy', level: 'province', name: 'Nguyễn Văn A' } }),
      'committee-supervision.not-a-committee',
    ],
    [
      'by a committee without its name',
      [],
      start({ supervisor: { body: 'committee', level: 'province' } }),
      'committee-supervision.supervisor-name-required',
    ],
    ['concluded never started', [], conclude('2024-07-20'), 'committee-supervision.not-started'],
    [
      'concluded twice',
      [started, concluded],
      conclude('2024-07-21'),
      'committee-supervision.already-concluded',
    ],
    [
      'concluded before it started',
      [started],
      conclude('2024-06-30'),
      'committee-supervision.concluded-before-start',
    ],
    [
      'concluded without a conclusion',
      [started],
      conclude('2024-07-20', ''),
      'committee-supervision.conclusion-required',
    ],
  ] as const)('refuses a supervision %s', (_what, history, command, code) => {
    expect(() => given(committeeSupervisionDecider, [...history]).when(command)).toThrow(
      expect.objectContaining({ code }) as Error,
    );
  });
});
