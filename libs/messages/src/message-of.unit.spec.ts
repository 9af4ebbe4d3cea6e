import { BUSINESS_RULE_CODES, RULE_CODES, SHAPE_RULE_CODES } from '@hdnd/domain';
import { CATALOGUES, fieldErrorMessage, labelOf, messageOf, templateOf } from './message-of';
import { LOCALES } from './locale';
import { placeholdersOf } from './fill';

/** Letters only Vietnamese writes: a Vietnamese sentence has at least one, an English one none. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Every string a catalogue holds, with where it is. */
const stringsOf = (value: unknown, path: string): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
        stringsOf(child, `${path}.${key}`),
      );

describe('the catalogues', () => {
  it.each(LOCALES)('%s: every string is NFC and says something', (locale) => {
    const strings = stringsOf(CATALOGUES[locale], locale);
    expect(strings.length).toBeGreaterThan(400);
    expect(strings.filter(([, text]) => text.normalize('NFC') !== text)).toEqual([]);
    expect(strings.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('every rule code of the domain, business or shape, has its own sentence in both languages', () => {
    for (const locale of LOCALES)
      expect(RULE_CODES.filter((code) => templateOf(code, locale) === undefined)).toEqual([]);
  });

  it('Vietnamese sentences are Vietnamese and English ones English', () => {
    for (const code of RULE_CODES) {
      expect([code, templateOf(code, 'vi')]).toEqual([
        code,
        expect.stringMatching(VIETNAMESE_LETTER),
      ]);
      expect([code, templateOf(code, 'en')]).toEqual([
        code,
        expect.not.stringMatching(VIETNAMESE_LETTER),
      ]);
    }
  });

  it('the rules’ sentences need no fact the domain does not give', () => {
    for (const locale of LOCALES)
      for (const code of RULE_CODES) {
        const { required, optional } = placeholdersOf(templateOf(code, locale)!);
        expect([code, [...required, ...optional]]).toEqual([code, []]);
      }
  });

  it('no two business rules of one language read the same unless they mean the same', () => {
    // The same check made by two aggregates may share a sentence: these pairs mean one thing.
    const sameMeaning = [
      ['agency.not-registered', 'user.agency-unknown'],
      ['agency.own-successor', 'transfer.same-agency'],
      ['delegation.not-established', 'user.delegation-unknown'],
      ['completion.evidence-incomplete', 'obstacle.evidence-incomplete'],
    ];
    const allowed = (a: string, b: string) =>
      sameMeaning.some((pair) => pair.includes(a) && pair.includes(b));
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const code of BUSINESS_RULE_CODES) {
        const text = CATALOGUES[locale].rules[code];
        const first = seen.get(text);
        if (first !== undefined && !allowed(first, code))
          expect(`${code} reads as ${first}`).toBe('');
        seen.set(text, code);
      }
    }
  });
});

describe('messageOf', () => {
  it('says a business rule in the language asked', () => {
    expect(messageOf('response.explanation-required', 'vi')).toBe(
      'Không tiếp thu kiến nghị thì cần có giải trình của cơ quan.',
    );
    expect(messageOf('response.explanation-required', 'en')).toBe(
      'A rejection must carry the agency’s explanation.',
    );
  });

  it('composes a shape check’s sentence from its subject and field', () => {
    expect(SHAPE_RULE_CODES).toContain('recommendation.issued-on-required');
    expect(messageOf('recommendation.issued-on-required', 'vi')).toBe(
      'Thiếu ngày ban hành trong kiến nghị.',
    );
    expect(messageOf('recommendation.issued-on-invalid', 'vi')).toBe(
      'Ngày ban hành trong kiến nghị không hợp lệ.',
    );
    expect(messageOf('recommendation.issued-on-invalid', 'en')).toBe(
      'The recommendation’s issue date is not valid.',
    );
    expect(messageOf('obstacle.data-required', 'vi')).toBe(
      'Yêu cầu về khó khăn, vướng mắc không có dữ liệu.',
    );
  });

  it('a business rule’s own sentence wins over the composed one for a code both use', () => {
    expect(SHAPE_RULE_CODES).toContain('agency.name-required');
    expect(messageOf('agency.name-required', 'vi')).toBe('Vui lòng nhập tên cơ quan, đơn vị.');
  });

  it('keeps the facts it is given, and leaves out the part whose fact it is not', () => {
    expect(messageOf('not-found', 'vi', { id: 'kn-1' })).toBe('Không tìm thấy hồ sơ có mã kn-1.');
    expect(messageOf('not-found', 'vi')).toBe('Không tìm thấy hồ sơ.');
    expect(messageOf('concurrency-conflict', 'vi', { actual: '4' })).toContain('phiên bản 4');
  });

  it('says something true for a code it does not know, rather than the code', () => {
    expect(messageOf('no-such-code', 'vi')).toBe('Yêu cầu không thực hiện được.');
    expect(messageOf('no.such-thing-required', 'en')).toBe('The request could not be carried out.');
  });
});

describe('fieldErrorMessage', () => {
  it('names the field by its label and the bound by its number', () => {
    expect(fieldErrorMessage({ field: 'text', code: 'maxLength', limit: 300 }, 'vi')).toBe(
      'Nội dung không được dài quá 300 ký tự.',
    );
    expect(fieldErrorMessage({ field: 'text', code: 'maxLength', limit: 300 }, 'en')).toBe(
      'Text must be at most 300 characters long.',
    );
  });

  it('labels a field inside another object by its path, list positions left out', () => {
    expect(labelOf('legalBasis.number', 'vi')).toBe('Số nghị quyết');
    expect(labelOf('legalBasis.number', 'en')).toBe('Resolution number');
    expect(labelOf('commitments.0.dueOn', 'vi')).toBe('Hạn thực hiện');
    expect(
      fieldErrorMessage(
        {
          field: 'commitments.0.dueOn',
          code: 'isDefined',
          other: 'commitments.0.dueInWorkingDays',
        },
        'vi',
      ),
    ).toBe(
      'Hạn thực hiện là thông tin bắt buộc; có thể nhập Số ngày làm việc để thực hiện thay thế.',
    );
  });

  it('lists the values allowed, and names a field no request has in quotes', () => {
    expect(
      fieldErrorMessage(
        { field: 'position', code: 'isIn', allowed: ['accepted', 'rejected'] },
        'vi',
      ),
    ).toBe('Ý kiến tiếp thu phải là một trong các giá trị: “accepted”, “rejected”.');
    expect(fieldErrorMessage({ field: 'foo', code: 'whitelistValidation' }, 'vi')).toBe(
      '“foo” không thuộc nội dung của yêu cầu này; vui lòng bỏ ra.',
    );
  });

  it('says something for a constraint it does not know', () => {
    expect(fieldErrorMessage({ field: 'text', code: 'isSomethingNew' }, 'vi')).toBe(
      'Nội dung chưa hợp lệ.',
    );
  });
});
