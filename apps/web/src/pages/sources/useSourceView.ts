import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * A session's or supervision's page, read from the API. An item issued from it is a case of
 * its own, projected apart: after a form records something, the page asks the API to wait until
 * it has read that far (read-your-writes, ?minPosition=), so what was just saved is on the page.
 */
export const useSourceView = <T>(
  queryKey: string,
  id: string,
  load: (minPosition: number | undefined) => Promise<T>,
) => {
  const [position, setPosition] = useState<number | undefined>(undefined);
  const view = useQuery({
    queryKey: [queryKey, 'view', id, position],
    queryFn: () => load(position),
    // While reading further, the page keeps showing this one (never another one).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });
  return { view, recorded: setPosition };
};
