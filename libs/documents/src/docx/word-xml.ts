/*
 * WordprocessingML written as text, for the tables too long for docx's object model (a
 * 100 000-row table there takes gigabytes): a row is a string, written and forgotten. Runs
 * carry no font: the document's default style (Times New Roman) applies, as in docx's parts.
 */

/** Characters XML 1.0 forbids (C0 controls but tab, newline and return): Word refuses the file. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Any character escapeXml changes: most texts have none, and are given back as they are. */
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export const escapeXml = (text: string): string =>
  TO_ESCAPE.test(text)
    ? text
        .replace(FORBIDDEN, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text;

export interface CellText {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'both';
}

/** Half-points: 11 pt, the size a dense table of an administrative report takes. */
const TABLE_FONT_SIZE = 22;

/** Run properties by weight, slant and size: a report's hundred thousand rows use a few. */
const RUN_PROPERTIES = new Map<string, string>();
const runProperties = (bold: boolean, italic: boolean, size: number): string => {
  const key = `${bold ? 'b' : ''}${italic ? 'i' : ''}${size}`;
  let properties = RUN_PROPERTIES.get(key);
  if (properties === undefined) {
    properties = `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
    RUN_PROPERTIES.set(key, properties);
  }
  return properties;
};

/** A run of text; each line of `text` after the first begins after a line break. */
const runs = ({ text, bold, italic }: CellText, size = TABLE_FONT_SIZE): string => {
  const properties = runProperties(bold === true, italic === true, size);
  // One line (most cells): one run, without splitting into an array and joining it again.
  if (!text.includes('\n'))
    return `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
};

const paragraph = (cell: CellText): string =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="${cell.align ?? 'left'}"/></w:pPr>${runs(cell)}</w:p>`;

/** A cell of `width` twips holding one or more paragraphs. */
export const cellXml = (width: number, content: CellText | readonly CellText[]): string => {
  const paragraphs = Array.isArray(content)
    ? (content as readonly CellText[]).map(paragraph).join('')
    : paragraph(content as CellText);
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs}</w:tc>`;
};

/** A row; a header row repeats at the top of every page the table runs onto. */
export const rowXml = (cells: readonly string[], header = false): string =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells.join('')}</w:tr>`;

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/** A bordered table's opening, its column widths in twips, and its header row. */
export const tableStartXml = (widths: readonly number[], headers: readonly string[]): string =>
  '<w:tbl><w:tblPr>' +
  `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>' +
  '</w:tblPr><w:tblGrid>' +
  widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
  '</w:tblGrid>' +
  rowXml(
    headers.map((text, i) => cellXml(widths[i]!, { text, bold: true, align: 'center' })),
    true,
  );

export const TABLE_END_XML = '</w:tbl>';

/** A paragraph of body text (13 pt), for what stands in place of a table with no rows. */
export const paragraphXml = (cell: CellText): string =>
  `<w:p><w:pPr><w:jc w:val="${cell.align ?? 'both'}"/></w:pPr>${runs(cell, 26)}</w:p>`;
