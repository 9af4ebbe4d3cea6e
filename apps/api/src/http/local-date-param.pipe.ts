import { Injectable, type PipeTransform } from '@nestjs/common';
import { isLocalDate } from '@hdnd/domain';
import { BadInput } from '../problem/bad-input';

/** A date in the path must be a real calendar date (YYYY-MM-DD). */
@Injectable()
export class LocalDateParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isLocalDate(value))
      throw new BadInput('Not a calendar date.', [
        { field: 'date', code: 'isLocalDate', message: 'must be YYYY-MM-DD' },
      ]);
    return value;
  }
}
