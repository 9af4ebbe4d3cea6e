import { useState } from 'react';
import type { RequestSchema } from '../../api/request-rules';
import { noteWritten } from '../../api/written-position';
import { useCommand, type CommandHeaders } from '../../forms';
import type { ObstacleDetail } from './obstacle';

/** What every obstacle command answers. */
export interface Recorded {
  readonly position: number;
}

/**
 * One command on an obstacle from its page's form: If-Match with the revision the form opened
 * on (a change by someone else meanwhile is a conflict, not silently overwritten); after a
 * conflict the page shows the latest, and saving again sends its revision. `history` is what
 * the form opened with, for ChangedSince.
 */
export const useObstacleCommand = <TBody extends object>(
  obstacle: ObstacleDetail,
  schema: RequestSchema,
  send: (body: TBody, headers: CommandHeaders) => Promise<Recorded>,
  onDone: () => void,
) => {
  const [opened] = useState(() => ({ revision: obstacle.revision, history: obstacle.history }));
  // Set after a conflict: the reader has seen what changed, so the next save is theirs to make.
  const [conflicted, setConflicted] = useState(false);
  const command = useCommand<TBody, Recorded>({
    schema,
    revision: conflicted ? obstacle.revision : opened.revision,
    send: async (body, headers) => {
      const result = await send(body, headers);
      noteWritten(result.position);
      return result;
    },
    invalidates: [['obstacle', obstacle.id], ['obstacles']],
    onSaved: onDone,
  });
  if (command.conflict && !conflicted) setConflicted(true);
  return { command, openedHistory: opened.history };
};
