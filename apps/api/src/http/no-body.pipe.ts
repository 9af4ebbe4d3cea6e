import { Injectable, type PipeTransform } from '@nestjs/common';
import { BadInput } from '../problem/bad-input';

/**
 * For commands that take no fields (start a rebuild, sign a checkpoint, run the sweep): a body
 * with fields is bad input, as unknown fields are everywhere else (docs/http-api.md), not silently ignored.
 */
@Injectable()
export class NoBody implements PipeTransform<unknown, void> {
  transform(value: unknown): void {
    if (value === undefined || value === null) return;
    const fields = typeof value === 'object' ? Object.keys(value) : [''];
    if (fields.length === 0) return;
    throw new BadInput(
      'This command takes no fields.',
      fields.map((field) => ({
        field,
        code: 'whitelistValidation' as const,
        message: 'is not expected here',
      })),
    );
  }
}
