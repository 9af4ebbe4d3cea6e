import { Packer } from 'docx';
import type { Writable } from 'node:stream';
import type { RecommendationView } from '@hdnd/read-models';
import {
  administrativeDocument,
  bodyText,
  heading,
  title,
  type DocumentHeader,
} from '../docx/administrative-document';
import { writeDocxPackage } from '../docx/docx-package';
import { cellXml, paragraphXml, rowXml, TABLE_END_XML, tableStartXml } from '../docx/word-xml';
import { ROLE_WORDS } from '../words/event-words';
import { STATUS_WORDS, wordFor } from '../words/vietnamese-words';
import { vietnameseDate, vietnameseInstant } from '../words/vietnamese-date';
import { legalBasisOf, whatHappened, type HistoryEntry } from './history-what';

export const CASE_HISTORY_TITLE = 'Hồ sơ theo dõi kiến nghị';

const TIMELINE = 'HDND-SPLICE-TIMELINE';
const WIDTHS = [567, 1500, 3404, 1900, 1700];

/** Who: the person's name, their role, and their agency for an agency's officer. */
const who = (entry: HistoryEntry) => [
  { text: entry.actor.displayName ?? entry.actor.username },
  { text: wordFor(ROLE_WORDS, entry.actor.role), italic: true },
  ...(entry.actor.agency ? [{ text: entry.actor.agency.name ?? entry.actor.agency.id }] : []),
];

const timelineXml = (timeline: readonly HistoryEntry[]): string =>
  timeline.length === 0
    ? paragraphXml({ text: 'Chưa có diễn biến nào được ghi nhận.', italic: true })
    : tableStartXml(WIDTHS, ['STT', 'Thời điểm', 'Nội dung', 'Người thực hiện', 'Căn cứ pháp lý']) +
      timeline
        .map((entry, i) =>
          rowXml([
            cellXml(WIDTHS[0]!, { text: String(i + 1), align: 'center' }),
            cellXml(WIDTHS[1]!, [
              { text: `Ngày ${vietnameseDate(entry.on)}` },
              { text: `Ghi nhận ${vietnameseInstant(entry.at)}`, italic: true },
            ]),
            cellXml(WIDTHS[2]!, whatHappened(entry)),
            cellXml(WIDTHS[3]!, who(entry)),
            cellXml(WIDTHS[4]!, { text: legalBasisOf(entry) }),
          ]),
        )
        .join('') +
      TABLE_END_XML;

/**
 * One recommendation's history as a printable Word document: the header block, what was
 * asked of whom and where it stands, then every step of its timeline — when, what (in the
 * console's words), who (name and role) and on what legal basis. `asOf` says which past the
 * view shows, when it is not the record now.
 */
export const writeCaseHistory = async (
  view: RecommendationView,
  options: { readonly header: DocumentHeader; readonly asOf?: string },
  out: Writable,
): Promise<void> => {
  const delegation = view.origin.delegation;
  const basis = delegation
    ? ` (Nghị quyết số ${delegation.legalBasis.number} ngày ${vietnameseDate(delegation.legalBasis.issuedOn)} của ${delegation.legalBasis.issuedBy})`
    : '';
  const document = administrativeDocument({
    title: CASE_HISTORY_TITLE,
    header: options.header,
    children: [
      ...title(CASE_HISTORY_TITLE.toLocaleUpperCase('vi'), `Mã kiến nghị: ${view.id}`),
      bodyText(`Nội dung kiến nghị: ${view.text}`),
      ...(delegation ? [bodyText(`Đoàn giám sát: ${delegation.title}${basis}.`)] : []),
      bodyText(
        `Cơ quan được kiến nghị: ${view.addresseeAgencies.current.name ?? view.addresseeAgencies.current.id}.`,
      ),
      bodyText(
        `Ngày ban hành: ${vietnameseDate(view.issuedOn)}; hạn trả lời: ${vietnameseDate(view.responseDueOn)}.`,
      ),
      bodyText(
        `Tình trạng: ${wordFor(STATUS_WORDS, view.status)}${view.overdue ? ` (quá hạn ${view.daysOverdue} ngày)` : ''}.`,
      ),
      ...(options.asOf ? [bodyText(options.asOf, { italics: true })] : []),
      heading('DIỄN BIẾN GIẢI QUYẾT'),
      bodyText(TIMELINE),
    ],
  });
  await writeDocxPackage(
    await Packer.toBuffer(document),
    {
      instant: `${options.header.date}T00:00:00Z`,
      splices: { [TIMELINE]: () => [Buffer.from(timelineXml(view.timeline))] },
    },
    out,
  );
};
