import { excerpt } from './interpellation-view';

describe("a question's opening words", () => {
  it('keeps a short question whole, on one line', () => {
    expect(excerpt('Khi nào  dữ liệu\nđược khôi phục?')).toBe('Khi nào dữ liệu được khôi phục?');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    const long = `${'Đề nghị Giám đốc Sở cho biết '.repeat(5)}kết quả`;
    const short = excerpt(long, 40);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/\s…$/);
  });
});
