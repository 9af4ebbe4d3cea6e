import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../api/client';
import { useApi } from '../api/ApiProvider';
import { useAgencySearch, type AgencyItem } from './agency-search';

/**
 * Choose an agency by typing part of its name: the API searches the register, diacritics
 * ignored ("tay ninh" finds "Ủy ban nhân dân tỉnh Tây Ninh"), so the whole register is never
 * loaded. The value is the agency's id; an agency chosen before (or given) keeps its name.
 */
export const AgencySelect = ({
  value,
  onChange,
  excludeIds = [],
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> & {
  value: string | null;
  onChange: (agencyId: string | null) => void;
  /** Agencies not to offer (the agency itself, for its succession). */
  excludeIds?: readonly string[];
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<AgencyItem | undefined>(undefined);
  const found = useAgencySearch(search);
  // An agency given by id (from the address, say) is named from its own record.
  const given = useQuery({
    queryKey: ['agency', value],
    queryFn: async () =>
      (await answer(
        api.GET('/api/agencies/{id}', { params: { path: { id: value! } } }),
      )) as unknown as AgencyItem,
    enabled:
      value !== null &&
      chosen?.id !== value &&
      !(found.data ?? []).some((agency) => agency.id === value),
  });
  const items = (found.data ?? []).filter((agency) => !excludeIds.includes(agency.id));
  const selected = [chosen, given.data].find((agency) => agency?.id === value);
  const data = [
    ...(selected && !items.some((agency) => agency.id === selected.id) ? [selected] : []),
    ...items,
  ].map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <Select
      placeholder={t('components.agencySelect.placeholder')}
      {...props}
      searchable
      value={value}
      data={data}
      // The API has searched, diacritics ignored: every answer it gives is shown.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const agency = [...items, ...(selected ? [selected] : [])].find((a) => a.id === id);
        setChosen(agency);
        onChange(id);
      }}
      nothingFoundMessage={
        found.isFetching ? t('app.loading') : t('components.agencySelect.nothingFound')
      }
      clearButtonProps={{ 'aria-label': t('components.agencySelect.clear') }}
      comboboxProps={{ zIndex: 400 }}
    />
  );
};
