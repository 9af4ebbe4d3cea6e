import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { useSession } from '../../session/SessionProvider';
import type { ObstacleDetail } from './obstacle';

/**
 * A link to another obstacle (one merged into this, or this into it), named by its statement:
 * a clerk does not read ids. An agency's officer may not read another agency's obstacle, so
 * for them, and until the statement comes, the link shows the id.
 */
export const ObstacleLink = ({ id }: { id: string }) => {
  const api = useApi();
  const { session } = useSession();
  const named = useQuery({
    queryKey: ['obstacle', id],
    queryFn: async () =>
      (await answer(
        api.GET('/api/obstacles/{id}', { params: { path: { id } } }),
      )) as unknown as ObstacleDetail,
    enabled: session !== undefined && session.user.role !== 'agency',
    retry: false,
  });
  return (
    <Anchor component={Link} to={`/obstacles/${id}`}>
      {named.data?.statement ?? id}
    </Anchor>
  );
};
