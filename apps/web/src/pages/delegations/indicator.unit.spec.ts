import { indicatorFigures } from './indicator';

const vi = { rank: (rank: string, of: string) => `hạng ${rank}/${of}` };
const en = { rank: (rank: string, of: string) => `rank ${rank} of ${of}` };

describe('an indicator’s figures', () => {
  const index = {
    name: 'Chỉ số CCHC',
    period: '2021',
    value: 84.72,
    outOf: 100,
    rank: 3,
    rankOf: 9,
    grade: 'Tốt',
  };

  it('reads as the council writes it, 84,72/100 · hạng 3/9 · Tốt', () => {
    expect(indicatorFigures(index, 'vi', vi)).toBe('84,72/100 · hạng 3/9 · Tốt');
  });

  it('writes the number as English does in English', () => {
    expect(indicatorFigures(index, 'en', en)).toBe('84.72/100 · rank 3 of 9 · Tốt');
  });

  it('leaves out the parts not recorded', () => {
    expect(
      indicatorFigures({ name: 'x', period: '2022', rank: 2, rankOf: 9, grade: 'Tốt' }, 'vi', vi),
    ).toBe('hạng 2/9 · Tốt');
    expect(indicatorFigures({ name: 'x', period: '2022', value: 1234.5 }, 'vi', vi)).toBe(
      '1.234,5',
    );
    expect(indicatorFigures({ name: 'x', period: '2022' }, 'vi', vi)).toBe('');
  });

  it('does not show half a rank', () => {
    expect(indicatorFigures({ name: 'x', period: '2022', rank: 2 }, 'vi', vi)).toBe('');
  });
});
