import { Injectable } from '@nestjs/common';
import { ActiveReadModels, ReadModelsBehind } from '@hdnd/read-models';

/** How long a query waits for the read models to reach the position it asked for. */
const WAIT_MS = 2000;

/** `?minPosition=`: a client that just wrote at position P reads only once P is in the read models. */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly readModels: ActiveReadModels) {}

  async atLeast(minPosition: number | undefined): Promise<void> {
    if (minPosition === undefined) return;
    if (!(await this.readModels.waitFor(BigInt(minPosition), WAIT_MS)))
      throw new ReadModelsBehind(minPosition, this.readModels.position());
  }
}
