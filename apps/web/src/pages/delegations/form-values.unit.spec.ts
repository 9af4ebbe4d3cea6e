import { dateValue, filledRows, numberValue, parseTypedDate } from './form-values';

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

  it('reads a date typed dd/mm/yyyy, as a clerk types it', () => {
    expect(parseTypedDate('02/04/2024')).toBe('2024-04-02');
    expect(parseTypedDate('2/4/2024')).toBe('2024-04-02');
    expect(parseTypedDate('08.12.2023')).toBe('2023-12-08');
    expect(parseTypedDate('2024-04-02')).toBe('2024-04-02');
  });

  it('takes no day that is not in the calendar, nor half a date', () => {
    expect(parseTypedDate('31/02/2024')).toBeNull();
    expect(parseTypedDate('29/02/2023')).toBeNull();
    expect(parseTypedDate('29/02/2024')).toBe('2024-02-29');
    expect(parseTypedDate('02/04')).toBeNull();
    expect(parseTypedDate('hôm nay')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
