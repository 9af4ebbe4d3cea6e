import { capitalise, fill, placeholdersOf } from './fill';

describe('fill', () => {
  it('puts each fact in its place, lists joined', () => {
    expect(
      fill('{field} phải là một trong: {allowed}.', { field: 'Loại', allowed: ['a', 'b'] }),
    ).toBe('Loại phải là một trong: a, b.');
    expect(fill('tối đa {limit} ký tự', { limit: 300 })).toBe('tối đa 300 ký tự');
  });

  it('says an optional part only when its facts are known', () => {
    const template = 'Không tìm thấy hồ sơ[ có mã {id}].';
    expect(fill(template, { id: 'kn-1' })).toBe('Không tìm thấy hồ sơ có mã kn-1.');
    expect(fill(template)).toBe('Không tìm thấy hồ sơ.');
  });

  it('tells the required facts from the optional ones', () => {
    expect(placeholdersOf('{field} là bắt buộc[; có thể nhập {other}].')).toEqual({
      required: ['field'],
      optional: ['other'],
    });
  });

  it('capitalises the first letter, Vietnamese ones too', () => {
    expect(capitalise('đoàn giám sát')).toBe('Đoàn giám sát');
    expect(capitalise('“x” là gì')).toBe('“x” là gì');
  });
});
