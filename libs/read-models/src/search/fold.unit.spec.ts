import { containsPattern, foldForSearch } from './fold';

describe('foldForSearch', () => {
  it.each([
    ['Tây Ninh', 'tay ninh'],
    ['Ủy ban nhân dân Phường 1', 'uy ban nhan dan phuong 1'],
    ['Hội đồng nhân dân', 'hoi dong nhan dan'],
    ['ĐOÀN GIÁM SÁT', 'doan giam sat'],
    ['Nguyễn Đài Thy', 'nguyen dai thy'],
  ])('folds %s to %s', (text, folded) => expect(foldForSearch(text)).toBe(folded));

  it('folds NFD input the same as NFC', () => {
    expect(foldForSearch('Tây Ninh'.normalize('NFD'))).toBe('tay ninh');
  });

  it('escapes LIKE wildcards in the query', () => {
    expect(containsPattern('84%_x')).toBe('%84\\%\\_x%');
  });
});
