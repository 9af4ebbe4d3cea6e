import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '@hdnd/read-models';

/** An answer of the public API as sent: its JSON text and the ETag of that text. */
export interface PublicAnswer {
  readonly body: string;
  readonly etag: string;
}

const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** At most this many answers are kept (one per published delegation, and the list). */
const MAX_KEPT = 1000;

/**
 * The public answers, made once per state of the public read model: the same answer is asked
 * for again and again by everyone, and changes only when the log does. The state is the public
 * projection's position, read before the rows are (it moves only after a commit, so what is read
 * is at least that new; a newer position makes a new answer). Nothing is kept while the
 * projection is not running and caught up in this process (a process that only reads would
 * never see its position move).
 */
@Injectable()
export class PublicAnswers {
  private state: bigint | undefined;
  private readonly kept = new Map<string, PublicAnswer | undefined>();

  constructor(private readonly readModels: ActiveReadModels) {}

  async get(
    key: string,
    make: () => Promise<object | undefined>,
  ): Promise<PublicAnswer | undefined> {
    const state = this.currentState();
    if (state === undefined) return this.answer(await make());
    if (state !== this.state) {
      this.kept.clear();
      this.state = state;
    }
    if (this.kept.has(key)) return this.kept.get(key);
    const answer = this.answer(await make());
    if (this.state === state) {
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      this.kept.set(key, answer);
    }
    return answer;
  }

  private answer(value: object | undefined): PublicAnswer | undefined {
    if (value === undefined) return undefined;
    const body = JSON.stringify(value);
    return { body, etag: etagOf(body) };
  }

  private currentState(): bigint | undefined {
    const projection = this.readModels.statuses().find((status) => status.name === 'public');
    return projection?.status === 'running' && projection.caughtUp
      ? projection.position
      : undefined;
  }
}
