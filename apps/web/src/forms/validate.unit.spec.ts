import { cleanBody, validateBody } from './validate';

const delegation = {
  title: 'Đoàn giám sát chuyên đề',
  topic: 'Cải cách hành chính',
  legalBasis: { number: '135/NQ-HĐND', issuedOn: '2022-05-10', issuedBy: 'HĐND tỉnh Tây Ninh' },
  periodFrom: '2021-01-01',
  periodTo: '2022-06-30',
  chair: { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch HĐND tỉnh' },
  members: [],
};

describe('checking a body against the API’s own rules before sending', () => {
  it('finds nothing wrong in a body the API takes (control)', () => {
    expect(validateBody('EstablishDelegationDto', delegation)).toEqual([]);
  });

  it('names a missing required field, and an empty one, with the API’s codes', () => {
    const { title: _title, ...withoutTitle } = delegation;
    expect(validateBody('EstablishDelegationDto', { ...withoutTitle, topic: '  ' })).toEqual([
      { field: 'title', code: 'isDefined' },
      { field: 'topic', code: 'isNotEmpty' },
    ]);
  });

  it('gives the bound of a text too long, counting characters as a reader does', () => {
    expect(
      validateBody('EstablishDelegationDto', { ...delegation, title: 'đ'.repeat(501) }),
    ).toEqual([{ field: 'title', code: 'maxLength', limit: 500 }]);
    expect(
      validateBody('EstablishDelegationDto', { ...delegation, title: 'đ'.repeat(500) }),
    ).toEqual([]);
  });

  it('walks nested objects and list items, naming them by path as the API does', () => {
    const errors = validateBody('EstablishDelegationDto', {
      ...delegation,
      chair: { name: '', position: 'Chủ tịch' },
      members: [{ name: 'A', position: 'x'.repeat(501) }],
    });
    expect(errors).toEqual([
      { field: 'chair.name', code: 'isNotEmpty' },
      { field: 'members.0.position', code: 'maxLength', limit: 500 },
    ]);
  });

  it('checks allowed values, number bounds and list sizes', () => {
    expect(
      validateBody('RecordResponseDto', {
        respondedOn: '2022-07-01',
        position: 'maybe',
        text: 'x',
      }),
    ).toEqual([
      { field: 'position', code: 'isIn', allowed: ['accepted', 'partially-accepted', 'rejected'] },
    ]);
    expect(
      validateBody('ReportProgressDto', { reportedOn: '2022-07-01', text: 'x', percent: 101 }),
    ).toEqual([{ field: 'percent', code: 'max', limit: 100 }]);
    expect(
      validateBody('ReportCompletionDto', { reportedOn: '2022-07-01', text: 'x', evidence: [] }),
    ).toEqual([{ field: 'evidence', code: 'arrayMinSize', limit: 1 }]);
  });

  it('cleans a body: texts trimmed and NFC, empty optional texts left out, empty required kept', () => {
    const decomposed = 'Tây Ninh'.normalize('NFD');
    const cleaned = cleanBody('EstablishDelegationDto', {
      ...delegation,
      id: '',
      title: ` ${decomposed} `,
      chair: { name: 'Nguyễn Đài Thy', position: ' ' },
      members: [{ name: '', position: 'Uỷ viên' }],
    });
    expect(cleaned).toEqual({
      ...delegation,
      title: 'Tây Ninh',
      chair: { name: 'Nguyễn Đài Thy', position: '' },
      members: [{ name: '', position: 'Uỷ viên' }],
    });
    // The API takes an empty position (it is not @IsNotEmpty) but not an empty name.
    expect(validateBody('EstablishDelegationDto', cleaned)).toEqual([
      { field: 'members.0.name', code: 'isNotEmpty' },
    ]);
  });
});
