import { PassThrough } from 'node:stream';
import type { RegisterRow } from '@hdnd/read-models';
import type { RegisterLine } from '../register/register-columns';
import { readZip } from '../docx/zip-archive';
import {
  SESSION_REPORT_TITLE,
  writeSessionReport,
  type SessionReportScope,
} from './session-report-docx';

const row = (id: string, overrides: Partial<RegisterRow> = {}): RegisterRow => ({
  id,
  delegation: { id: 'dgs-135', title: 'Giám sát chuyên đề', legalBasis: null },
  source: { kind: 'delegation', id: 'dgs-135', title: 'Giám sát chuyên đề' },
  supervisor: { body: 'council', level: 'province' },
  addressee: {
    original: { id: 'ubnd-tinh', name: 'UBND tỉnh Tây Ninh' },
    current: { id: 'ubnd-tinh', name: 'UBND tỉnh Tây Ninh' },
  },
  text: `Kiến nghị ${id} <khẩn> & "gấp"`,
  issuedOn: '2024-05-15',
  responseDueOn: '2024-06-14',
  originalResponseDueOn: '2024-06-14',
  response: null,
  responseTrack: 'awaiting-response',
  commitments: [],
  implementation: 'not-started',
  percent: null,
  completedOn: null,
  verification: 'unverified',
  closedOn: null,
  status: 'awaiting-response',
  nextDueOn: '2024-06-14',
  escalationStep: null,
  ...overrides,
});

const lines: RegisterLine[] = [
  { row: row('kn-1'), number: 1, workingDaysOverdue: 5 },
  {
    row: row('kn-2', {
      addressee: {
        original: { id: 'so-tp', name: 'Sở Tư pháp' },
        current: { id: 'so-tp', name: 'Sở Tư pháp' },
      },
      response: { respondedOn: '2024-06-10', position: 'accepted', text: 'Tiếp thu.\nSẽ làm.' },
      responseTrack: 'accepted',
      status: 'accepted',
      nextDueOn: null,
    }),
    number: 2,
    workingDaysOverdue: 0,
  },
];

const scope: SessionReportScope = {
  header: {
    issuingBody: 'Hội đồng nhân dân tỉnh Tây Ninh',
    documentNumber: '12/BC-HĐND',
    place: 'Tây Ninh',
    date: '2025-01-08',
  },
  from: '2024-01-01',
  to: '2024-12-31',
  delegations: [],
  today: '2025-01-08',
};

async function* batches(): AsyncGenerator<readonly RegisterLine[]> {
  yield lines.slice(0, 1);
  yield lines.slice(1);
}

const generate = async (): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeSessionReport(batches(), scope, out);
  out.end();
  return Buffer.concat(chunks);
};

/** The visible text of document.xml: every w:t, paragraphs on lines of their own. */
const textOf = (xml: string): string =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the session report', () => {
  it('is a Word package docx and Word can open, whose document names the header, counts and lists', async () => {
    const entries = readZip(await generate());
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']),
    );
    const text = textOf(entries.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 12/BC-HĐND');
    expect(text).toContain('Tây Ninh, ngày 08 tháng 01 năm 2025');
    expect(text).toContain(SESSION_REPORT_TITLE);
    expect(text).toContain('Kiến nghị ban hành từ ngày 01/01/2024 đến ngày 31/12/2024.');
    expect(text).toContain('Tổng số kiến nghị: 2; số kiến nghị quá hạn: 1');
    expect(text).toContain('Kiến nghị kn-1 <khẩn> & "gấp"');
    expect(text).toContain('Quá hạn 5 ngày làm việc');
    expect(text).toContain('Ngày 10/06/2024: Tiếp thu');
    expect(text).toContain('Chưa có văn bản trả lời');
    expect(text).not.toContain('HDND-SPLICE');
  });

  it('gives the same bytes for the same record', async () => {
    const [first, second] = [await generate(), await generate()];
    expect(first.equals(second)).toBe(true);
    expect(readZip(first).get('docProps/core.xml')!.toString()).toContain('2025-01-08T00:00:00Z');
  });
});
