import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencySearch, type AgencyItem } from './agency-search';

/**
 * Choose several agencies (the units a survey visits) by typing part of each name, searched by
 * the API as AgencySelect does. The value is their ids; each chosen agency keeps its name while
 * the search moves on to the next.
 */
export const AgenciesSelect = ({
  value,
  onChange,
  ...props
}: Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> & {
  value: readonly string[];
  onChange: (agencyIds: string[]) => void;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<readonly AgencyItem[]>([]);
  const found = useAgencySearch(search);
  const named = value.map((id) => chosen.find((agency) => agency.id === id) ?? { id, name: id });
  const offered = (found.data ?? []).filter((agency) => !value.includes(agency.id));
  return (
    <MultiSelect
      placeholder={value.length === 0 ? t('components.agencySelect.placeholder') : undefined}
      {...props}
      searchable
      value={[...value]}
      data={[...named, ...offered].map((agency) => ({ value: agency.id, label: agency.name }))}
      // The API has searched, diacritics ignored: every answer it gives is shown.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        setChosen(
          ids.map(
            (id) => [...named, ...offered].find((agency) => agency.id === id) ?? { id, name: id },
          ),
        );
        onChange(ids);
      }}
      nothingFoundMessage={
        found.isFetching ? t('app.loading') : t('components.agencySelect.nothingFound')
      }
      comboboxProps={{ zIndex: 400 }}
    />
  );
};
