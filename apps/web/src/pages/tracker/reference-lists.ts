import { useQuery } from '@tanstack/react-query';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';

/** A choice in a filter: an id and the name a person reads. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/*
 * The agencies and delegations the filters offer. The API's document does not describe these
 * lists' items yet, so the two fields read are named here. One page of 200 covers a province's
 * agencies and delegations; the tracker itself always pages.
 */
interface Named {
  readonly id: string;
  readonly name?: string;
  readonly title?: string;
}

const choices = (items: readonly unknown[], field: 'name' | 'title'): Choice[] =>
  (items as Named[])
    .map((item) => ({ value: item.id, label: item[field] ?? item.id }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));

export const useAgencyChoices = (enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['agencies', 'choices'],
    enabled,
    staleTime: 300_000,
    queryFn: async () =>
      choices(
        (await answer(api.GET('/api/agencies', { params: { query: { pageSize: 200 } } }))).items,
        'name',
      ),
  });
};

export const useDelegationChoices = (enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['delegations', 'choices'],
    enabled,
    staleTime: 300_000,
    queryFn: async () =>
      choices(
        (await answer(api.GET('/api/delegations', { params: { query: { pageSize: 200 } } }))).items,
        'title',
      ),
  });
};
