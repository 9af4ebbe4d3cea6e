import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer } from '../api/client';
import { useApi } from '../api/ApiProvider';

/** How many agencies one search shows: enough to choose from, never the whole register. */
const SHOWN = 20;

/** An agency as a choice shows it. */
export interface AgencyItem {
  readonly id: string;
  readonly name: string;
}

/**
 * The agencies whose names match what the reader typed, searched by the API with diacritics
 * ignored ("tay ninh" finds "Ủy ban nhân dân tỉnh Tây Ninh"), a quarter of a second after the
 * typing stops; the previous answer stays shown while the next one comes.
 */
export const useAgencySearch = (search: string) => {
  const api = useApi();
  const [query] = useDebouncedValue(search.normalize('NFC').trim(), 250);
  return useQuery({
    queryKey: ['agencies', 'search', query],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/agencies', {
          params: { query: { ...(query && { q: query.slice(0, 200) }), pageSize: SHOWN } },
        }),
      );
      // The API's document leaves list items untyped: the two fields read are named here.
      return page.items as unknown as AgencyItem[];
    },
    placeholderData: keepPreviousData,
  });
};
