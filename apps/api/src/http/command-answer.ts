import type { CommandResult } from '@hdnd/application';

/** What every command answers (docs/http-api.md): the aggregate, its stream, where the append landed. */
export interface CommandAnswer {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly [related: string]: string | number;
}

export const answer = (result: CommandResult): CommandAnswer => ({
  id: result.id,
  streamId: result.streamId,
  revision: Number(result.revision),
  position: Number(result.position),
  ...result.related,
});
