import { useQuery } from '@tanstack/react-query';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { InterpellationSummary } from './interpellation-view';

/** A session as a choice names it: its title, and the day it was held. */
export interface SessionChoice {
  readonly value: string;
  readonly label: string;
  readonly heldOn: string;
}

/**
 * The sessions a case can be escalated to, newest first: one page of 200 covers a council's
 * sessions for years (a term holds a few a year). Read only while the form needs them.
 */
export const useInterpellationChoices = (enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['interpellations', 'choices'],
    enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<SessionChoice[]> =>
      (
        (await answer(api.GET('/api/interpellations', { params: { query: { pageSize: 200 } } })))
          .items as unknown as InterpellationSummary[]
      ).map((session) => ({ value: session.id, label: session.title, heldOn: session.heldOn })),
  });
};
