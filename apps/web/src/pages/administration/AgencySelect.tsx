import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { AgencyItem } from './admin-items';

/** How many agencies the picker offers for what was typed: the API searches, never all. */
const OFFERED = 20;

/**
 * Picks an agency by its full name. What the admin types is searched by the API (diacritics
 * ignored), so the list pages through the API however many agencies there are.
 */
export const AgencySelect = ({
  id,
  label,
  error,
  value,
  onChange,
  required,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange: (agencyId: string) => void;
  required?: boolean;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 250);
  // The one picked stays an option while the search moves on.
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const agencies = useQuery({
    queryKey: ['agencies', 'pick', typed],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/agencies', {
          params: { query: { q: typed || undefined, pageSize: OFFERED } },
        }),
      );
      return page.items as unknown as AgencyItem[];
    },
    placeholderData: keepPreviousData,
  });
  const options = (agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }));
  if (picked && !options.some((option) => option.value === picked.value)) options.unshift(picked);
  return (
    <Select
      id={id}
      label={label}
      error={error}
      required={required}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already searched; Mantine's own filter would hide names it matched by diacritics.
      filter={({ options: all }) => all}
      data={options}
      value={value || null}
      onChange={(next, option) => {
        setPicked(next === null || !option ? null : { value: option.value, label: option.label });
        onChange(next ?? '');
      }}
      nothingFoundMessage={t('administration.agencyNotFound')}
      placeholder={t('administration.agencySearch')}
    />
  );
};

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
