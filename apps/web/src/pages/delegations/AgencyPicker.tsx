import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { AgencyRef } from './delegation-view';

/** Agencies offered at a time: enough to pick from, never the whole register. */
const OFFERED = 20;

interface Option {
  readonly value: string;
  readonly label: string;
}

/**
 * The agencies whose names match what the reader types, from GET /api/agencies?q= (the API
 * ignores diacritics: "tinh tay ninh" finds "Ủy ban nhân dân tỉnh Tây Ninh"), plus those
 * already chosen, so a choice keeps its name while the search moves on.
 */
const useAgencyOptions = (search: string, chosen: readonly Option[]) => {
  const api = useApi();
  const [typed] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['agencies', 'pick', typed],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/agencies', {
          params: {
            query: { ...(typed !== '' && { q: typed.normalize('NFC') }), pageSize: OFFERED },
          },
        }),
      );
      // The API's document leaves list items untyped (delegation-view.ts says why).
      return (page.items as unknown as { id: string; name: string }[]).map((agency): Option => ({
        value: agency.id,
        label: agency.name,
      }));
    },
    placeholderData: keepPreviousData,
  });
  const options = [...chosen];
  for (const option of found.data ?? [])
    if (!options.some((known) => known.value === option.value)) options.push(option);
  return { options, loading: found.isFetching };
};

/** The server searches; the list is shown as it answers. */
const asAnswered: OptionsFilter = ({ options }) => options;

/** One agency, searched by name. */
export const AgencyPicker = ({
  label,
  value,
  onChange,
  id,
  error,
}: {
  label: string;
  value: AgencyRef | undefined;
  onChange: (agency: AgencyRef | undefined) => void;
  id: string;
  error: string | undefined;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const chosen = value ? [{ value: value.id, label: value.name ?? value.id }] : [];
  const { options } = useAgencyOptions(search === value?.name ? '' : search, chosen);
  return (
    <Select
      id={id}
      label={label}
      error={error}
      searchable
      clearable
      placeholder={t('delegations.agencyPicker.placeholder')}
      nothingFoundMessage={t('delegations.agencyPicker.nothing')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={asAnswered}
      data={options}
      value={value?.id ?? null}
      onChange={(next, option) =>
        onChange(next === null ? undefined : { id: next, name: option?.label ?? next })
      }
      clearButtonProps={{ 'aria-label': t('delegations.agencyPicker.clear') }}
    />
  );
};

/** Several agencies (the units a survey visits), searched by name. */
export const AgenciesPicker = ({
  label,
  value,
  onChange,
  id,
  error,
}: {
  label: string;
  value: readonly AgencyRef[];
  onChange: (agencies: AgencyRef[]) => void;
  id: string;
  error: string | undefined;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const chosen = value.map((agency) => ({ value: agency.id, label: agency.name ?? agency.id }));
  const { options } = useAgencyOptions(search, chosen);
  return (
    <MultiSelect
      id={id}
      label={label}
      error={error}
      searchable
      placeholder={value.length === 0 ? t('delegations.agencyPicker.placeholder') : undefined}
      nothingFoundMessage={t('delegations.agencyPicker.nothing')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={asAnswered}
      data={options}
      value={value.map((agency) => agency.id)}
      onChange={(ids) =>
        onChange(
          ids.map((agencyId) => ({
            id: agencyId,
            name: options.find((option) => option.value === agencyId)?.label ?? agencyId,
          })),
        )
      }
    />
  );
};
