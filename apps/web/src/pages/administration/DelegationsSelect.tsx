import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';

/** How many delegations the picker offers for what was typed: the API searches, never all. */
const OFFERED = 20;

/** A delegation, as the picker needs it (the API's DelegationSummary). */
interface DelegationItem {
  readonly id: string;
  readonly title: string;
}

/**
 * Picks the delegations a member belongs to, by name. What the admin types is searched by the
 * API; the ones picked stay shown by name while the search moves on.
 */
export const DelegationsSelect = ({
  id,
  label,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: readonly string[];
  onChange: (delegationIds: string[]) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 250);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const delegations = useQuery({
    queryKey: ['delegations', 'pick', typed],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/delegations', {
          params: { query: { q: typed || undefined, pageSize: OFFERED } },
        }),
      );
      return page.items as unknown as DelegationItem[];
    },
    placeholderData: keepPreviousData,
  });
  const found = (delegations.data ?? []).map((d) => ({ value: d.id, label: d.title }));
  const picked = value
    .filter((delegationId) => !found.some((option) => option.value === delegationId))
    .map((delegationId) => ({
      value: delegationId,
      label: names.get(delegationId) ?? delegationId,
    }));
  return (
    <MultiSelect
      id={id}
      label={label}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already searched; Mantine's own filter would hide names it matched by diacritics.
      filter={({ options }) => options}
      data={[...picked, ...found]}
      value={[...value]}
      onChange={(next) => {
        setNames(new Map([...names, ...found.map((o) => [o.value, o.label] as const)]));
        onChange(next);
      }}
      nothingFoundMessage={t('administration.delegationNotFound')}
      placeholder={t('administration.delegationSearch')}
    />
  );
};
