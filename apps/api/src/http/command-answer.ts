import type { CommandResult } from '@hdnd/application';

/** A CommandResult as JSON (docs/http-api.md, the OpenAPI `CommandAnswer`): what every command answers. */
export interface CommandAnswer {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly [related: string]: string | number;
}

/**
 * The one HTTP mapper of a command's result. JSON has no bigint, so revision and position become
 * numbers; the ids made beside the aggregate sit beside its own; whether it was a replay stays
 * on the server.
 */
export const answer = (result: CommandResult): CommandAnswer => ({
  id: result.id,
  streamId: result.streamId,
  revision: Number(result.revision),
  position: Number(result.position),
  ...result.related,
});
