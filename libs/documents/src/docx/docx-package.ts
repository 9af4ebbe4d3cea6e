import type { Writable } from 'node:stream';
import { readZip, ZipWriter, type DeflatedPart } from './zip-archive';

/**
 * Chunks of WordprocessingML to put where a marker paragraph stands, as text or as a part
 * deflated ahead of time.
 */
export type Splice = () => AsyncIterable<Buffer | DeflatedPart> | Iterable<Buffer | DeflatedPart>;

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/**
 * The paragraph holding `marker`: from its `<w:p>` to its `</w:p>`. docx writes the marker as
 * one run of one paragraph, so the paragraph is found by the text it holds.
 */
const paragraphAround = (xml: string, marker: string): { start: number; end: number } => {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} is not in the document`);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { start, end };
};

/** The document's XML in order, each marker paragraph replaced by its splice's chunks. */
async function* documentWithSplices(
  xml: string,
  splices: Readonly<Record<string, Splice>>,
): AsyncGenerator<Buffer | DeflatedPart> {
  const places = Object.keys(splices)
    .map((marker) => ({ marker, ...paragraphAround(xml, marker) }))
    .sort((a, b) => a.start - b.start);
  let from = 0;
  for (const { marker, start, end } of places) {
    yield Buffer.from(xml.slice(from, start), 'utf8');
    for await (const chunk of splices[marker]!()) yield chunk;
    from = end;
  }
  yield Buffer.from(xml.slice(from), 'utf8');
}

/**
 * Core properties dated `instant`, not the moment docx ran: the same inputs make the same file.
 * docx stamps both `created` and `modified` with the clock, and offers no way to say otherwise.
 */
const datedCore = (xml: string, instant: string): string =>
  xml.replace(
    /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_all, open: string, _name: string, close: string) => `${open}${instant}${close}`,
  );

/**
 * Writes the package docx built (`skeleton`) to `out` again, entry by entry, with its core
 * properties dated `instant` and each marker paragraph of the document replaced by what its
 * splice yields — tables too long to build in memory stream in where docx left a marker.
 */
export const writeDocxPackage = async (
  skeleton: Uint8Array,
  options: { readonly instant: string; readonly splices?: Readonly<Record<string, Splice>> },
  out: Writable,
): Promise<void> => {
  const zip = new ZipWriter(out);
  for (const [name, bytes] of readZip(skeleton)) {
    if (name === DOCUMENT)
      await zip.entry(name, documentWithSplices(bytes.toString('utf8'), options.splices ?? {}));
    else if (name === CORE)
      await zip.entry(name, [Buffer.from(datedCore(bytes.toString('utf8'), options.instant))]);
    else await zip.entry(name, [bytes]);
  }
  await zip.finish();
};
