import { Injectable, type PipeTransform } from '@nestjs/common';
import { BadInput } from '../problem/bad-input';
import { ID_PATTERN } from './is-local-date';

/** An id in the path must look like an id; anything else could never name a stream. */
@Injectable()
export class IdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value))
      throw new BadInput('Not an id.', [{ field: 'id', code: 'isId', message: 'must be an id' }]);
    return value;
  }
}
