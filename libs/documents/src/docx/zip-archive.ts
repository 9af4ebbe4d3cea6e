import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * Just enough of the ZIP format for Word documents and spreadsheets, on node:zlib alone. The
 * writer takes each entry as chunks and deflates them as they come, so a document.xml of
 * hundreds of megabytes is never in memory whole; the reader opens the small packages docx and
 * exceljs build in memory.
 */

/** The buffers text is written into for zlib: three are in use at most. */
const SLAB = 256 * 1024;

/**
 * One raw deflate stream fed text (or bytes), its output handed to `sink` in order, with the
 * CRC-32 and length of what it took; it ends on a sync flush, without a final block, so more
 * blocks may follow it in the same entry. Text is written into a few buffers used over and over
 * (a buffer is free again once zlib has taken it), not into a buffer per chunk: those outlived
 * the young generation while zlib worked and piled up as garbage, tens of megabytes of a
 * report's peak. zlib works in libuv's pool, on one buffer while the next is filled; one stream
 * for the whole part keeps its dictionary.
 */
export class TextDeflater {
  crc = 0;
  size = 0;
  private readonly zlib = createDeflateRaw({
    finishFlush: constants.Z_SYNC_FLUSH,
    // Room for one buffer while zlib works on the one before it (zlib's streams take the
    // options of a Transform, which its typings leave out).
    ...{ writableHighWaterMark: 2 * SLAB },
  });
  private readonly pumping: Promise<void>;
  private readonly free: Buffer[] = [];
  private slab: Buffer = Buffer.allocUnsafe(SLAB);
  private used = 0;

  constructor(sink: (deflated: Buffer) => Promise<unknown>) {
    this.pumping = (async () => {
      for await (const deflated of this.zlib as AsyncIterable<Buffer>) await sink(deflated);
    })();
    // Awaited when zlib is waited for, and by end; until then a failure is not an unhandled one.
    this.pumping.catch(() => undefined);
  }

  /**
   * Adds text. Returns nothing while it fits in the buffer being filled (most of the time: no
   * promise per row), else a promise to await before adding more.
   */
  text(text: string): Promise<void> | undefined {
    // UTF-8 takes at most three bytes for a UTF-16 unit: what fits is written whole.
    if (text.length * 3 > SLAB - this.used) return this.textAfterFlush(text);
    this.used += this.slab.write(text, this.used);
    return undefined;
  }

  /** Adds bytes as they are. */
  async bytes(bytes: Buffer): Promise<void> {
    await this.flush();
    if (bytes.length > 0) await this.give(bytes);
  }

  /** Deflates what is left and resolves once `sink` has taken all of it. */
  async end(): Promise<void> {
    await this.flush();
    this.zlib.end();
    await this.pumping;
  }

  private async textAfterFlush(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 > SLAB) await this.give(Buffer.from(text, 'utf8'));
    else this.used += this.slab.write(text, this.used);
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const slab = this.slab;
    const full = slab.subarray(0, this.used);
    this.slab = this.free.pop() ?? Buffer.allocUnsafe(SLAB);
    this.used = 0;
    await this.give(full, () => this.free.push(slab));
  }

  private async give(chunk: Buffer, taken?: () => void): Promise<void> {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    const room = this.zlib.write(chunk, (error) => {
      if (!error) taken?.();
    });
    if (!room) await Promise.race([once(this.zlib, 'drain'), this.pumping]);
  }
}

/**
 * The CRC-32 of two byte strings one after the other, from the CRC-32 of each and the second's
 * length (zlib's crc32_combine): a part deflated and checked ahead of time joins an entry whose
 * beginning was written after it. Multiplies by x^(8·length) in GF(2), squaring as it goes.
 */
export const crc32Combine = (crc1: number, crc2: number, length2: number): number => {
  const times = (matrix: readonly number[], vector: number): number => {
    let sum = 0;
    for (let i = 0, v = vector >>> 0; v !== 0; i += 1, v >>>= 1) if (v & 1) sum ^= matrix[i]!;
    return sum >>> 0;
  };
  const square = (matrix: readonly number[]): number[] => matrix.map((row) => times(matrix, row));
  if (length2 <= 0) return crc1 >>> 0;
  // The operator for one zero bit: the CRC polynomial, then shifts.
  let odd = [0xedb88320, ...Array.from({ length: 31 }, (_, n) => 2 ** n)];
  let even = square(odd); // two zero bits
  odd = square(even); // four zero bits
  let crc = crc1 >>> 0;
  let length = length2;
  do {
    even = square(odd);
    if (length % 2 === 1) crc = times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    odd = square(even);
    if (length % 2 === 1) crc = times(odd, crc);
    length = Math.floor(length / 2);
  } while (length !== 0);
  return (crc ^ crc2) >>> 0;
};

/**
 * Part of an entry deflated ahead of time (by a TextDeflater, ending on a sync flush), with
 * the CRC-32 and the length of the bytes it inflates to.
 */
export interface DeflatedPart {
  readonly deflated: () => AsyncIterable<Buffer> | Iterable<Buffer>;
  readonly crc: number;
  readonly size: number;
}

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
   * Begins an entry: text, bytes and parts deflated ahead of time are added to it in order, then
   * it is closed. The text and bytes between two parts are one deflate stream ending on a sync
   * flush; the blocks of all of them, closed by one final empty block, are one valid deflate
   * stream. Entries are written one after the other: close one before opening the next.
   */
  async openEntry(name: string): Promise<ZipEntryWriter> {
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
    return new ZipEntryWriter(
      (bytes) => this.write(bytes),
      ({ crc, compressed, size }) => {
        if (this.offset > 0xffffffff) throw new Error('a ZIP archive over 4 GiB needs ZIP64');
        this.written.push({ name: encodedName, crc, compressed, size, offset });
      },
    );
  }

  /** One entry from its chunks: text, bytes, or parts deflated ahead of time. */
  async entry(
    name: string,
    chunks:
      Iterable<string | Buffer | DeflatedPart> | AsyncIterable<string | Buffer | DeflatedPart>,
  ): Promise<void> {
    const entry = await this.openEntry(name);
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') await entry.text(chunk);
      else if (Buffer.isBuffer(chunk)) await entry.bytes(chunk);
      else await entry.part(chunk);
    }
    await entry.close();
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

/** An entry being written: see ZipWriter.openEntry. */
export class ZipEntryWriter {
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private deflater: TextDeflater | undefined;

  constructor(
    private readonly write: (bytes: Buffer) => Promise<void>,
    private readonly closed: (entry: {
      readonly crc: number;
      readonly compressed: number;
      readonly size: number;
    }) => void,
  ) {}

  private readonly written = (deflated: Buffer): Promise<void> => {
    this.compressed += deflated.length;
    return this.write(deflated);
  };

  /** Adds text; returns a promise to await before adding more only when zlib is behind. */
  text(text: string): Promise<void> | undefined {
    return (this.deflater ??= new TextDeflater(this.written)).text(text);
  }

  bytes(bytes: Buffer): Promise<void> {
    return (this.deflater ??= new TextDeflater(this.written)).bytes(bytes);
  }

  /** Adds a part deflated ahead of time: its bytes are copied as they are. */
  async part(part: DeflatedPart): Promise<void> {
    await this.endDeflater();
    this.crc = crc32Combine(this.crc, part.crc, part.size);
    this.size += part.size;
    for await (const deflated of part.deflated()) await this.written(deflated);
  }

  /** The final empty block and the sizes: the entry is complete. */
  async close(): Promise<void> {
    await this.endDeflater();
    await this.written(deflateRawSync(Buffer.alloc(0)));
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(this.crc >>> 0, 4);
    descriptor.writeUInt32LE(this.compressed, 8);
    descriptor.writeUInt32LE(this.size, 12);
    await this.write(descriptor);
    this.closed({ crc: this.crc >>> 0, compressed: this.compressed, size: this.size });
  }

  private async endDeflater(): Promise<void> {
    const deflater = this.deflater;
    if (!deflater) return;
    this.deflater = undefined;
    await deflater.end();
    this.crc = crc32Combine(this.crc, deflater.crc, deflater.size);
    this.size += deflater.size;
  }
}

/** Every entry of a ZIP archive held in memory, by name, in the archive's order, each checked. */
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
    const entry = method === DEFLATE ? inflateRawSync(bytes) : Buffer.from(bytes);
    // Word refuses a package whose entry does not match its CRC: so does this reader.
    if (crc32(entry) !== zip.readUInt32LE(at + 16))
      throw new Error(`ZIP entry ${name} does not match its CRC-32`);
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};
