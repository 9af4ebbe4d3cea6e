import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { TextDeflater, type DeflatedPart } from './zip-archive';

/**
 * A scratch file of text deflated as it comes, for a part of a ZIP entry that is written before
 * what precedes it in the entry is known (the report's tables come before its summary is
 * counted). Only the deflated bytes go to disk, deflated in libuv's pool while the caller makes
 * the next rows; when the package is written they are copied in, with nothing left to deflate.
 */
export class DeflatedSpool {
  private readonly deflater: TextDeflater;

  private constructor(
    private readonly file: FileHandle,
    private readonly path: string,
  ) {
    this.deflater = new TextDeflater((deflated) => file.write(deflated));
  }

  static async create(path: string): Promise<DeflatedSpool> {
    return new DeflatedSpool(await open(path, 'w'), path);
  }

  /** Adds text; returns a promise to await before adding more only when zlib is behind. */
  add(text: string): Promise<void> | undefined {
    return this.deflater.text(text);
  }

  /** Closes the file: what was added, as a part of a ZIP entry read back from it. */
  async close(): Promise<DeflatedPart> {
    try {
      await this.deflater.end();
    } finally {
      await this.file.close();
    }
    const { path } = this;
    return {
      crc: this.deflater.crc,
      size: this.deflater.size,
      deflated: () => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>,
    };
  }
}
