import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { placeAndDate } from '../words/vietnamese-date';

/** What heads an administrative document: who issues it, its number, where and when. */
export interface DocumentHeader {
  /** The issuing body, as it is written top left (upper case), e.g. "Hội đồng nhân dân tỉnh Tây Ninh". */
  readonly issuingBody: string;
  /** The document's number and symbol, e.g. "12/BC-HĐND"; empty leaves it for the clerk to fill in. */
  readonly documentNumber: string;
  /** The place of the date line, e.g. "Tây Ninh"; may be empty. */
  readonly place: string;
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
}

export const FONT = 'Times New Roman';
/** Body text in half-points: 13 pt, as administrative documents are typed. */
const BODY_SIZE = 26;
/** A4 in twips, with margins of 20 mm top, bottom and right and 30 mm left. */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
/** The width between the margins, in twips: what tables share out between their columns. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/** Who made the file, in its properties: the service, never the person who asked. */
const CREATOR = 'Hệ thống theo dõi kiến nghị sau giám sát';

const line = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, ...options })],
  });

const column = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    children,
  });

/**
 * The header block: the issuing body and the number on the left; the national title, motto and
 * the place and date on the right — in a table without borders, as offices lay it out.
 */
export const headerBlock = (header: DocumentHeader): Table => {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const number = header.documentNumber.trim();
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          column(left, [
            line(header.issuingBody.toLocaleUpperCase('vi'), { bold: true, size: 24 }),
            line('———', { size: 24 }),
            // A number left blank keeps its place: the clerk writes it in when the report is signed.
            line(`Số: ${number === '' ? '        /BC-HĐND' : number}`, { size: 24 }),
          ]),
          column(right, [
            line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
            line('Độc lập - Tự do - Hạnh phúc', { bold: true }),
            line('———————', { size: 24 }),
            line(placeAndDate(header.place, header.date), { italics: true }),
          ]),
        ],
      }),
    ],
  });
};

export const heading = (text: string): Paragraph =>
  new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, bold: true })],
  });

export const bodyText = (text: string, options: { italics?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60 },
    children: [new TextRun({ text, ...options })],
  });

export const title = (text: string, subtitle?: string): Paragraph[] => [
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 360, after: subtitle ? 0 : 240 },
    children: [new TextRun({ text, bold: true, size: 28 })],
  }),
  ...(subtitle
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 240 },
          children: [new TextRun({ text: subtitle, italics: true })],
        }),
      ]
    : []),
];

/**
 * A Word document in Times New Roman on A4, headed by `header`, with the page number centred
 * in every footer.
 */
export const administrativeDocument = (options: {
  readonly title: string;
  readonly header: DocumentHeader;
  readonly children: readonly FileChild[];
}): Document =>
  new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: options.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 24 })],
              }),
            ],
          }),
        },
        children: [headerBlock(options.header), ...options.children],
      },
    ],
  });
