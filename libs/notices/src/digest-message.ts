import type { NoticeKind } from './notice-line';

/** A line as the reader sees it: the case, who holds it, its deadline, how far from it. */
export interface DigestLine {
  readonly kind: NoticeKind;
  readonly recommendationId: string;
  readonly text: string;
  readonly agencyName: string;
  /** `response` or `commitment:<id>`. */
  readonly deadline: string;
  readonly dueOn: string;
  /** Working days left (a reminder) or past the deadline (missed), as of the digest's day. */
  readonly workingDays: number;
}

export interface DigestMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** dd/mm/yyyy, as every date is shown to people (the console's rule). */
export const vietnameseDate = (day: string): string => {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
};

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const deadlineName = (deadline: string) =>
  deadline === 'response' ? 'Hạn trả lời' : 'Hạn thực hiện cam kết';

const distance = (line: DigestLine) =>
  line.kind === 'missed'
    ? `quá hạn ${line.workingDays} ngày làm việc`
    : `còn ${line.workingDays} ngày làm việc`;

const GROUPS: readonly { kind: NoticeKind; title: string }[] = [
  { kind: 'missed', title: 'Quá hạn' },
  { kind: 'reminder', title: 'Sắp đến hạn' },
];

/**
 * One person's digest of one day, in Vietnamese: the overdue first, then what falls due soon,
 * each line with the recommendation's text, the agency, the deadline, the working days and a
 * link to the case in the console. Plain text, and the same in simple HTML.
 */
export const composeDigest = (input: {
  readonly day: string;
  readonly recipientName: string;
  readonly consoleUrl: string;
  readonly lines: readonly DigestLine[];
}): DigestMessage => {
  const base = input.consoleUrl.replace(/\/+$/, '');
  const linkOf = (line: DigestLine) =>
    `${base}/recommendations/${encodeURIComponent(line.recommendationId)}`;
  const date = vietnameseDate(input.day);
  const groups = GROUPS.map((g) => ({
    ...g,
    lines: input.lines.filter((line) => line.kind === g.kind),
  })).filter((g) => g.lines.length > 0);
  const intro = `Tổng hợp nhắc việc theo dõi kiến nghị ngày ${date}.`;
  const footer =
    'Thư này được gửi tự động từ hệ thống theo dõi kiến nghị của HĐND. ' +
    'Chọn thông báo nhận qua e-mail trong mục “Nhận thông báo qua e-mail” của tài khoản.';

  const text = [
    `Kính gửi ${input.recipientName},`,
    '',
    intro,
    ...groups.flatMap((g) => [
      '',
      `${g.title.toUpperCase()} (${g.lines.length})`,
      ...g.lines.flatMap((line, i) => [
        `${i + 1}. ${line.text}`,
        `   Cơ quan: ${line.agencyName}`,
        `   ${deadlineName(line.deadline)}: ${vietnameseDate(line.dueOn)} (${distance(line)})`,
        `   Xem: ${linkOf(line)}`,
      ]),
    ]),
    '',
    '--',
    footer,
    '',
  ].join('\n');

  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif">',
    `<p>Kính gửi ${escapeHtml(input.recipientName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.flatMap((g) => [
      `<h2>${escapeHtml(g.title)} (${g.lines.length})</h2>`,
      '<ol>',
      ...g.lines.map(
        (line) =>
          `<li><p><a href="${escapeHtml(linkOf(line))}">${escapeHtml(line.text)}</a><br>` +
          `Cơ quan: ${escapeHtml(line.agencyName)}<br>` +
          `${deadlineName(line.deadline)}: ${vietnameseDate(line.dueOn)} (${distance(line)})</p></li>`,
      ),
      '</ol>',
    ]),
    `<hr><p style="color:#555">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject: `Nhắc việc theo dõi kiến nghị ngày ${date}`, text, html };
};
