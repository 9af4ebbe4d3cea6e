import { useQuery } from '@tanstack/react-query';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { AgencyItem } from './admin-items';

/** An agency's full name, read once and cached; its id while it loads. */
export const AgencyName = ({ agencyId }: { agencyId: string }) => {
  const api = useApi();
  const agency = useQuery({
    queryKey: ['agencies', agencyId],
    queryFn: () =>
      answer(
        api.GET('/api/agencies/{id}', { params: { path: { id: agencyId } } }),
      ) as Promise<unknown> as Promise<AgencyItem>,
    staleTime: 5 * 60_000,
  });
  return <>{agency.data?.name ?? agencyId}</>;
};
