import type { RecommendationSummary } from '../tracker/recommendation-summary';
import { answersOf, awaitingOf, type AnswerRow } from './answer-rows';

const item = (id: string, sourceId: string, status = 'awaiting-response') =>
  ({ id, status, source: { kind: 'voter-petitions', id: sourceId } }) as RecommendationSummary;

describe('a sitting of answers to voters’ petitions', () => {
  it('offers the round’s petitions that still await an answer', () => {
    const items = [item('a', 'r1'), item('b', 'r2'), item('c', 'r1', 'accepted'), item('d', 'r1')];
    expect(awaitingOf(items, 'r1').map((i) => i.id)).toEqual(['a', 'd']);
  });

  it('sends only the rows chosen, each with the one date, and remembers where each came from', () => {
    const rows: AnswerRow[] = [
      {
        item: item('a', 'r1'),
        number: 1,
        chosen: true,
        position: 'accepted',
        text: 'Đã bố trí vốn',
      },
      { item: item('b', 'r1'), number: 2, chosen: false, position: null, text: '' },
      {
        item: item('c', 'r1'),
        number: 3,
        chosen: true,
        position: 'rejected',
        text: 'Không thuộc thẩm quyền',
      },
    ];
    expect(answersOf(rows, '2026-12-01')).toEqual({
      at: [0, 2],
      body: {
        answers: [
          {
            recommendationId: 'a',
            respondedOn: '2026-12-01',
            position: 'accepted',
            text: 'Đã bố trí vốn',
          },
          {
            recommendationId: 'c',
            respondedOn: '2026-12-01',
            position: 'rejected',
            text: 'Không thuộc thẩm quyền',
          },
        ],
      },
    });
  });
});
