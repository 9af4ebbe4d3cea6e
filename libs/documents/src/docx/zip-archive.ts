import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * Just enough of the ZIP format for Word documents, on node:zlib alone. The writer takes each
 * entry as chunks and deflates them one at a time, so a document.xml of hundreds of megabytes
 * is never in memory whole; the reader opens the small packages docx builds in memory.
 */

/** 1980-01-01 00:00, the earliest time ZIP can say: every entry the same, so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;

interface Written {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** Writes a ZIP archive to `out`, entry after entry, waiting whenever `out` asks to. */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  constructor(private readonly out: Writable) {}

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  /**
   * One entry from its chunks. Each chunk is deflated on its own and ends on a sync flush: the
   * blocks of all of them, closed by one final empty block, are one valid deflate stream.
   */
  async entry(name: string, chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<void> {
    const encodedName = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(encodedName.length, 26);
    await this.write(Buffer.concat([header, encodedName]));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      crc = crc32(chunk, crc);
      size += chunk.length;
      const deflated = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
      compressed += deflated.length;
      await this.write(deflated);
    }
    const last = deflateRawSync(Buffer.alloc(0));
    compressed += last.length;
    await this.write(last);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    if (this.offset > 0xffffffff) throw new Error('a ZIP archive over 4 GiB needs ZIP64');
    this.written.push({ name: encodedName, crc: crc >>> 0, compressed, size, offset });
  }

  /** The central directory and its end record: the archive is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.written) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.write(Buffer.concat([record, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}

/** Every entry of a ZIP archive held in memory, by name, in the archive's order. */
export const readZip = (archive: Uint8Array): Map<string, Buffer> => {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken ZIP central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const bytes = zip.subarray(data, data + compressed);
    entries.set(name, method === DEFLATE ? inflateRawSync(bytes) : Buffer.from(bytes));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};
