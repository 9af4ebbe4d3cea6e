import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { agencyName, type ObstacleView } from './obstacle';
import { isOpen } from './obstacle-actions';

/** How many obstacles one search shows. */
const SHOWN = 20;

/**
 * Choose the obstacle another is the same as, by words of its statement (diacritics ignored,
 * the API searches): only open ones, for the domain refuses to merge into a closed one.
 */
export const ObstacleSelect = ({
  value,
  onChange,
  exceptId,
  id,
  error,
  label,
}: {
  value: string | null;
  onChange: (obstacleId: string | null) => void;
  exceptId: string;
  id: string;
  error: string | undefined;
  label: string;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.normalize('NFC').trim(), 250);
  const found = useQuery({
    queryKey: ['obstacles', 'select', query],
    queryFn: async () =>
      (
        await answer(
          api.GET('/api/obstacles', {
            params: { query: { ...(query && { q: query.slice(0, 200) }), pageSize: SHOWN } },
          }),
        )
      ).items as unknown as ObstacleView[],
    placeholderData: keepPreviousData,
  });
  const [chosen, setChosen] = useState<ObstacleView | undefined>(undefined);
  const items = (found.data ?? []).filter((o) => o.id !== exceptId && isOpen(o.status));
  const all = chosen && !items.some((o) => o.id === chosen.id) ? [chosen, ...items] : items;
  return (
    <Select
      id={id}
      error={error}
      label={label}
      withAsterisk
      searchable
      value={value}
      data={all.map((o) => ({
        value: o.id,
        label: `${o.statement} — ${agencyName(o.sourceAgency)}`,
      }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => {
        setChosen(all.find((o) => o.id === next));
        onChange(next);
      }}
      nothingFoundMessage={found.isFetching ? t('app.loading') : t('obstacles.merge.nothingFound')}
    />
  );
};
