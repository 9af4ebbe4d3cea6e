import { basisOf } from './basis';

describe('what a step rests on', () => {
  it('is the legal instrument a succession or a transfer names', () => {
    expect(basisOf({ basis: 'Nghị quyết 202/2025/QH15' })).toBe('Nghị quyết 202/2025/QH15');
  });

  it('is the resolution a delegation was established by, dated dd/mm/yyyy', () => {
    expect(
      basisOf({
        legalBasis: { number: '142/NQ-HĐND', issuedOn: '2024-12-10', issuedBy: 'HĐND tỉnh' },
      }),
    ).toBe('142/NQ-HĐND, 10/12/2024, HĐND tỉnh');
  });

  it('is who approved an extension', () => {
    expect(basisOf({ approvedBy: 'Thường trực HĐND tỉnh' })).toBe('Thường trực HĐND tỉnh');
  });

  it('is nothing for a step that names none', () => {
    expect(basisOf({ note: 'Đạt yêu cầu' })).toBeUndefined();
    expect(basisOf({ basis: '  ' })).toBeUndefined();
  });
});
