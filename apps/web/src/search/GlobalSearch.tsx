import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { answer } from '../api/client';
import { useApi } from '../api/ApiProvider';
import type { Role } from '../shell/roles';
import { foundIn, searchKindsFor, type Found, type SearchKind } from './search-kinds';

/** Found things shown per kind: enough to pick from; the kind's own list has the rest. */
const PER_KIND = 5;

const GROUP_LABELS = {
  recommendations: 'search.groups.recommendations',
  delegations: 'search.groups.delegations',
  obstacles: 'search.groups.obstacles',
  agencies: 'search.groups.agencies',
} as const satisfies Record<SearchKind, string>;

/**
 * One search box in the header, across recommendations, delegations, obstacles and agencies:
 * each list the reader's role may open is asked with `q` (the API ignores diacritics: "dinh
 * danh" finds "định danh"), and the answers are grouped by kind. Arrow keys move through them,
 * Enter opens one, Escape closes the list.
 */
export const GlobalSearch = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.normalize('NFC').trim().slice(0, 200), 250);
  const kinds = searchKindsFor(role);
  const found = useQuery({
    queryKey: ['search', role, query],
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const params = { query: { q: query, pageSize: PER_KIND } };
      const lists = await Promise.all(
        kinds.map(async (kind): Promise<Found[]> => {
          const page =
            kind === 'recommendations'
              ? await answer(api.GET('/api/recommendations', { params }))
              : kind === 'delegations'
                ? await answer(api.GET('/api/delegations', { params }))
                : kind === 'obstacles'
                  ? await answer(api.GET('/api/obstacles', { params }))
                  : await answer(api.GET('/api/agencies', { params }));
          return foundIn(kind, page.items);
        }),
      );
      return lists.flat();
    },
  });
  const results = query.length >= 2 ? (found.data ?? []) : [];
  const open = (path: string) => {
    setSearch('');
    combobox.closeDropdown();
    void navigate(path);
  };
  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal zIndex={400}>
      <Combobox.Target>
        <TextInput
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={search}
          w="100%"
          maw={420}
          rightSection={found.isFetching ? <Loader size="xs" /> : null}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.length < 2}>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }} aria-label={t('search.results')}>
          {results.length === 0 ? (
            <Combobox.Empty>
              {found.isFetching ? t('app.loading') : t('search.nothing', { q: query })}
            </Combobox.Empty>
          ) : (
            kinds
              .filter((kind) => results.some((item) => item.kind === kind))
              .map((kind) => (
                <Combobox.Group key={kind} label={t(GROUP_LABELS[kind])}>
                  {results
                    .filter((item) => item.kind === kind)
                    .map((item) => (
                      <Combobox.Option key={item.path} value={item.path}>
                        <Text size="sm" lineClamp={2}>
                          {item.label}
                        </Text>
                      </Combobox.Option>
                    ))}
                </Combobox.Group>
              ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
};
