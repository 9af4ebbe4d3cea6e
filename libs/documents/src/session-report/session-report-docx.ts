import { Packer, type FileChild } from 'docx';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CouncilLevel, LegalBasis, SourceKind, SupervisingBody } from '@hdnd/domain';
import type { RegisterLine } from '../register/register-columns';
import {
  administrativeDocument,
  bodyText,
  heading,
  title,
  type DocumentHeader,
} from '../docx/administrative-document';
import { DeflatedSpool } from '../docx/deflated-spool';
import { writeDocxPackage } from '../docx/docx-package';
import type { DeflatedPart } from '../docx/zip-archive';
import { paragraphXml } from '../docx/word-xml';
import { vietnameseDate } from '../words/vietnamese-date';
import { BODY_WORDS, LEVEL_WORDS, SOURCE_WORDS, wordFor } from '../words/vietnamese-words';
import {
  agencyTableXml,
  overdueRowXml,
  overdueTableStartXml,
  registerRowXml,
  registerTableStartXml,
  statusTableXml,
  TABLE_END_XML,
} from './report-tables';
import { ReportTally } from './report-tally';

export const SESSION_REPORT_TITLE =
  'Báo cáo kết quả giám sát việc giải quyết kiến nghị sau giám sát';

/** What the report covers, and how it is headed. */
export interface SessionReportScope {
  readonly header: DocumentHeader;
  /** The period of issue, both days included; either may be open. */
  readonly from?: string;
  readonly to?: string;
  /** The delegations reported on; none: every delegation. */
  readonly delegations: readonly {
    readonly title: string;
    readonly legalBasis: LegalBasis | null;
  }[];
  /** Narrowed to one kind of source, one supervising body or one level of council. */
  readonly sourceKind?: SourceKind;
  readonly supervisingBody?: SupervisingBody;
  readonly level?: CouncilLevel;
  /** The instant the record is read as of (time travel); undefined: the record now. */
  readonly asOf?: Date;
  /** The day overdue is counted on (Vietnam). */
  readonly today: string;
}

/** What the report was made of. */
export interface SessionReportFigures {
  readonly recommendations: number;
  readonly overdue: number;
}

const MARKERS = {
  status: 'HDND-SPLICE-STATUS',
  agencies: 'HDND-SPLICE-AGENCIES',
  overdue: 'HDND-SPLICE-OVERDUE',
  register: 'HDND-SPLICE-REGISTER',
} as const;

const periodLine = ({ from, to }: SessionReportScope): string =>
  from && to
    ? `Kiến nghị ban hành từ ngày ${vietnameseDate(from)} đến ngày ${vietnameseDate(to)}.`
    : from
      ? `Kiến nghị ban hành từ ngày ${vietnameseDate(from)}.`
      : to
        ? `Kiến nghị ban hành đến ngày ${vietnameseDate(to)}.`
        : 'Toàn bộ kiến nghị đã ban hành.';

const delegationLine = ({ delegations }: SessionReportScope): string => {
  if (delegations.length === 0) return 'Phạm vi: kiến nghị của tất cả các đoàn giám sát.';
  const named = delegations.map(({ title, legalBasis }) =>
    legalBasis
      ? `${title} (Nghị quyết số ${legalBasis.number} ngày ${vietnameseDate(legalBasis.issuedOn)})`
      : title,
  );
  return delegations.length === 1
    ? `Đoàn giám sát: ${named[0]}.`
    : `Các đoàn giám sát: ${named.join('; ')}.`;
};

/** `10:20 ngày 08/01/2025` in Vietnam (UTC+7); the last instant of a day reads "hết ngày". */
const asOfLine = (asOf: Date): string => {
  const local = new Date(asOf.getTime() + 7 * 3_600_000).toISOString();
  const day = vietnameseDate(local.slice(0, 10));
  return local.slice(11, 23) === '23:59:59.999'
    ? `Số liệu theo hồ sơ ghi nhận đến hết ngày ${day}.`
    : `Số liệu theo hồ sơ ghi nhận đến ${local.slice(11, 16)} ngày ${day}.`;
};

const marker = (text: string) => bodyText(text);

/** "Nguồn: Phiên chất vấn. Chủ thể giám sát: Ban của Hội đồng nhân dân, cấp tỉnh." — if narrowed. */
const narrowedLines = ({ sourceKind, supervisingBody, level }: SessionReportScope): string[] => [
  ...(sourceKind ? [`Nguồn kiến nghị: ${wordFor(SOURCE_WORDS, sourceKind)}.`] : []),
  ...(supervisingBody || level
    ? [
        `Chủ thể giám sát: ${[
          supervisingBody && wordFor(BODY_WORDS, supervisingBody),
          level && `Hội đồng nhân dân ${wordFor(LEVEL_WORDS, level)}`,
        ]
          .filter(Boolean)
          .join(', ')}.`,
      ]
    : []),
];

const skeleton = (scope: SessionReportScope, tally: ReportTally): FileChild[] => [
  ...title(SESSION_REPORT_TITLE),
  bodyText(delegationLine(scope)),
  ...narrowedLines(scope).map((line) => bodyText(line)),
  bodyText(periodLine(scope)),
  bodyText(
    scope.asOf
      ? asOfLine(scope.asOf)
      : `Số liệu theo hồ sơ ghi nhận đến ngày ${vietnameseDate(scope.today)}.`,
    { italics: true },
  ),
  heading('I. TÌNH HÌNH GIẢI QUYẾT KIẾN NGHỊ'),
  bodyText(
    `Tổng số kiến nghị: ${tally.total}; số kiến nghị quá hạn: ${tally.overdue} (tính đến ngày ${vietnameseDate(scope.today)}, theo ngày làm việc).`,
  ),
  heading('1. Theo tình trạng'),
  marker(MARKERS.status),
  heading('2. Theo cơ quan, đơn vị được kiến nghị'),
  marker(MARKERS.agencies),
  heading('II. KIẾN NGHỊ QUÁ HẠN'),
  marker(MARKERS.overdue),
  heading('III. DANH MỤC KIẾN NGHỊ VÀ KẾT QUẢ GIẢI QUYẾT'),
  marker(MARKERS.register),
];

/**
 * Writes the session report as a .docx to `out`. The register streams past once: each line is
 * counted and written to the overdue list and the full table, deflated as they come into
 * scratch files; then docx builds the rest (header block, title, headings, footer) around
 * markers, and the package is written with the tables' deflated bytes copied in where the
 * markers stand. Memory holds a batch and the counts, never the table, and the same record gives
 * the same bytes.
 */
export const writeSessionReport = async (
  lines: AsyncIterable<readonly RegisterLine[]>,
  scope: SessionReportScope,
  out: Writable,
  options: { readonly scratchDir?: string } = {},
): Promise<SessionReportFigures> => {
  const dir = await mkdtemp(join(options.scratchDir ?? tmpdir(), 'hdnd-report-'));
  try {
    const tally = new ReportTally();
    const overdue = await DeflatedSpool.create(join(dir, 'overdue.xml.deflated'));
    const register = await DeflatedSpool.create(join(dir, 'register.xml.deflated'));
    let tables: [DeflatedPart, DeflatedPart];
    try {
      // Row by row: a batch's rows joined into one string were garbage too big for the young
      // generation. `add` returns a promise only when zlib is behind.
      for await (const batch of lines)
        for (const line of batch) {
          tally.add(line);
          if (line.workingDaysOverdue > 0) {
            const behind = overdue.add(overdueRowXml(line, tally.overdue));
            if (behind) await behind;
          }
          const behind = register.add(registerRowXml(line));
          if (behind) await behind;
        }
    } finally {
      tables = await Promise.all([overdue.close(), register.close()]);
    }
    const [overdueRows, registerRows] = tables;
    const document = administrativeDocument({
      title: SESSION_REPORT_TITLE,
      header: scope.header,
      children: skeleton(scope, tally),
    });
    const none = (text: string) => [Buffer.from(paragraphXml({ text, italic: true }))];
    const table = (start: string, rows: DeflatedPart) => [
      Buffer.from(start),
      rows,
      Buffer.from(TABLE_END_XML),
    ];
    await writeDocxPackage(
      await Packer.toBuffer(document),
      {
        instant: `${scope.header.date}T00:00:00Z`,
        splices: {
          [MARKERS.status]: () => [Buffer.from(statusTableXml(tally))],
          [MARKERS.agencies]: () => [Buffer.from(agencyTableXml(tally))],
          [MARKERS.overdue]: () =>
            tally.overdue === 0
              ? none('Không có kiến nghị quá hạn.')
              : table(overdueTableStartXml(), overdueRows),
          [MARKERS.register]: () =>
            tally.total === 0
              ? none('Không có kiến nghị trong phạm vi báo cáo.')
              : table(registerTableStartXml(), registerRows),
        },
      },
      out,
    );
    return { recommendations: tally.total, overdue: tally.overdue };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
