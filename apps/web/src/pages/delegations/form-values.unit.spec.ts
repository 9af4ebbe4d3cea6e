import { dateValue, filledRows, numberValue } from './form-values';

describe('form values as the API takes them', () => {
  it('leaves out an empty date, so the form says it is required', () => {
    expect(dateValue('')).toBeUndefined();
    expect(dateValue('2024-04-02')).toBe('2024-04-02');
  });

  it('reads numbers typed either way, and nothing for an empty box', () => {
    expect(numberValue(84.72)).toBe(84.72);
    expect(numberValue('84,72')).toBe(84.72);
    expect(numberValue(' ')).toBeUndefined();
    expect(numberValue('abc')).toBeNaN();
  });

  it('drops the rows left empty', () => {
    expect(filledRows(['Bộ phận một cửa', ' ', ''])).toEqual(['Bộ phận một cửa']);
  });
});
