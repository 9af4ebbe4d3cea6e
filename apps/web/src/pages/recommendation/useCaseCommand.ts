import { useState } from 'react';
import type { CommandAnswer } from './command-answer';
import { useCommand, type Command, type CommandHeaders } from '../../forms';
import type { RequestSchema } from '../../api/request-rules';
import {
  recommendationKey,
  type RecommendationView,
  type TimelineEntry,
} from './recommendation-view';

export interface CaseCommand<TBody> {
  readonly command: Command<TBody>;
  /** The timeline as the form showed it when it opened: what a conflict is compared with. */
  readonly opened: readonly TimelineEntry[];
}

/**
 * A command on this recommendation sent from one of its forms. It carries If-Match with the
 * revision the form opened with, so a change someone else made meanwhile is refused (412)
 * rather than silently overwritten; after such a refusal the page shows the case as it is now,
 * and the next save is made against that revision — the reader has seen what changed.
 */
export const useCaseCommand = <TBody extends object>(
  view: RecommendationView,
  schema: RequestSchema,
  send: (body: TBody, headers: CommandHeaders) => Promise<CommandAnswer>,
  onSaved: () => void,
): CaseCommand<TBody> => {
  const [opened] = useState(() => view.timeline);
  const [revision, setRevision] = useState(view.revision);
  const command = useCommand<TBody, CommandAnswer>({
    schema,
    revision,
    send,
    // A case put before a session joins that session's agenda, which its page shows.
    invalidates: [recommendationKey(view.id), ['recommendations'], ['interpellations']],
    onSaved,
  });
  // After a conflict the refetched case is what the reader sees beside the message: the next
  // save is made against it (React's pattern for state that follows a prop, set while rendering).
  if (command.conflict && revision !== view.revision) setRevision(view.revision);
  return { command, opened };
};
