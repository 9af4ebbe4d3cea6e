import { PassThrough } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crc32Combine, readZip, ZipWriter } from './zip-archive';

const deflateFlushed = (chunk: Buffer) =>
  deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });

/** Bytes that are the same every run, of every length asked, not all alike. */
const bytes = (length: number, seed: number): Buffer =>
  Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed * 17 + ((i * i) >> 3)) & 0xff));

const written = async (write: (zip: ZipWriter) => Promise<void>): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zip = new ZipWriter(out);
  await write(zip);
  await zip.finish();
  out.end();
  return Buffer.concat(chunks);
};

describe('the ZIP writer', () => {
  it('combines two CRC-32s as the CRC-32 of the bytes one after the other', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 5],
      [7, 0],
      [1, 1],
      [13, 1000],
      [4096, 65_537],
      [100_000, 3],
    ] as const) {
      const [first, second] = [bytes(a, 1), bytes(b, 2)];
      expect(crc32Combine(crc32(first), crc32(second), second.length)).toBe(
        crc32(Buffer.concat([first, second])),
      );
    }
  });

  it('writes an entry from chunks and from parts deflated ahead of time, as one', async () => {
    const pieces = [bytes(1000, 1), bytes(70_000, 2), bytes(5, 3), bytes(20_000, 4)];
    const ahead = Buffer.concat([pieces[1]!, pieces[2]!]);
    const deflated = [deflateFlushed(pieces[1]!), deflateFlushed(pieces[2]!)];
    const archive = await written(async (zip) => {
      await zip.entry('a.bin', [
        pieces[0]!,
        { crc: crc32(ahead), size: ahead.length, deflated: () => deflated },
        pieces[3]!,
      ]);
      await zip.entry('empty.bin', []);
      await zip.entry('only-ahead.bin', [
        { crc: crc32(ahead), size: ahead.length, deflated: () => deflated },
      ]);
    });
    // readZip checks each entry against its CRC-32.
    const entries = readZip(archive);
    expect(entries.get('a.bin')!.equals(Buffer.concat(pieces))).toBe(true);
    expect(entries.get('empty.bin')!.length).toBe(0);
    expect(entries.get('only-ahead.bin')!.equals(ahead)).toBe(true);
  });

  it('refuses to read an entry that does not match its CRC-32', async () => {
    const archive = await written((zip) => zip.entry('a.txt', [Buffer.from('xin chào')]));
    const central = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    archive.writeUInt32LE((archive.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    expect(() => readZip(archive)).toThrow('does not match its CRC-32');
  });
});
