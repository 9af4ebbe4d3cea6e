import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * The API says a refusal in the language the request asks for (Accept-Language, q-values
 * weighed) and names it in Content-Language; without the header, English. The code, status
 * and fields' codes are the same in every language.
 */
describe('error messages in Vietnamese or English by Accept-Language', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.includes('/api/obstacles/'),
    ))
      await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  const rejectionWithoutExplanation = (language?: string) => {
    const request = app.http().post(`${rec}/responses`);
    if (language !== undefined) request.set('Accept-Language', language);
    return request.send({ respondedOn: '2024-06-10', position: 'rejected', text: ' ' });
  };

  const textTooLong = (language?: string) => {
    const request = app.http().post(`${rec}/responses`);
    if (language !== undefined) request.set('Accept-Language', language);
    return request.send({ position: 'accepted', text: 'x'.repeat(20_001) });
  };

  describe('a business rule refusal', () => {
    it.each(['vi', 'vi-VN', 'en;q=0.5, vi;q=0.9'])('%s: in Vietnamese', async (language) => {
      const res = await rejectionWithoutExplanation(language);
      expect(res.status).toBe(409);
      expect(res.headers['content-language']).toBe('vi');
      expect(res.headers['vary']).toMatch(/Accept-Language/i);
      expect(res.body).toMatchObject({
        code: 'response.explanation-required',
        detail: 'Không tiếp thu kiến nghị thì cần có giải trình của cơ quan.',
      });
    });

    it.each([undefined, 'en', 'fr-FR', 'vi;q=0.2, en'])(
      '%s: in English, the sentence the domain wrote',
      async (language) => {
        const res = await rejectionWithoutExplanation(language);
        expect(res.status).toBe(409);
        expect(res.headers['content-language']).toBe('en');
        expect(res.body).toMatchObject({
          code: 'response.explanation-required',
          detail: 'A rejection must carry the agency’s explanation (giải trình).',
        });
      },
    );
  });

  describe('a validation refusal', () => {
    it('vi: each field at fault said by its label, codes and bounds unchanged', async () => {
      const res = await textTooLong('vi');
      expect(res.status).toBe(400);
      expect(res.headers['content-language']).toBe('vi');
      expect(res.body.detail).toBe(
        'Thông tin gửi lên chưa hợp lệ; vui lòng kiểm tra lại từng mục.',
      );
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          {
            field: 'respondedOn',
            code: 'isDefined',
            message: 'Ngày trả lời là thông tin bắt buộc.',
          },
          expect.objectContaining({
            field: 'text',
            code: 'maxLength',
            message: expect.stringMatching(/^Nội dung không được dài quá \d+ ký tự\.$/),
          }),
        ]),
      );
    });

    it.each([undefined, 'en'])(
      '%s: in English, as the API has always said it',
      async (language) => {
        const res = await textTooLong(language);
        expect(res.status).toBe(400);
        expect(res.headers['content-language']).toBe('en');
        expect(res.body.errors).toEqual(
          expect.arrayContaining([
            { field: 'respondedOn', code: 'isDefined', message: 'respondedOn is required' },
          ]),
        );
      },
    );
  });

  it('vi: the facts of a refusal are kept (the id not found, the revision)', async () => {
    const missing = await app
      .http()
      .get('/api/recommendations/kn-khong-co')
      .set('Accept-Language', 'vi');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Không tìm thấy hồ sơ có mã kn-khong-co.');

    const stale = await app
      .http()
      .post(`${rec}/escalation`)
      .set('Accept-Language', 'vi')
      .set('If-Match', '"7"')
      .send({ step: 'first-reminder', note: 'Đôn đốc' });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toMatch(/phiên bản 0/);
  });
});
