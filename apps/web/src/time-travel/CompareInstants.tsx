import { Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { InstantField } from './InstantField';

/** One change between two instants, as the compare list shows it. */
export interface ChangeLine {
  readonly key: string;
  /** What happened, in the reader's words. */
  readonly title: string;
  /** Who recorded it and when, where the case's history says so. */
  readonly by?: { readonly who: string; readonly at: string };
  /** What it rests on (a resolution, a legal instrument, an approver). */
  readonly basis?: string;
}

/**
 * "So sánh hai thời điểm": the case read at two instants, and each step recorded between them,
 * who recorded it and on what basis. `load` reads the case at an instant (undefined when it did
 * not exist yet); `changes` says what the later view has that the earlier had not.
 */
export const CompareInstants = <V,>({
  queryKey,
  load,
  changes,
}: {
  queryKey: readonly unknown[];
  load: (instant: string) => Promise<V>;
  changes: (before: V | undefined, after: V) => ChangeLine[];
}) => {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  // A case that did not exist yet at the first instant: everything at the second is new.
  const notYet = async (instant: string) => {
    try {
      return await load(instant);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  };
  const compared = useQuery({
    queryKey: [...queryKey, 'compare', asked],
    enabled: asked !== null,
    queryFn: async () => {
      const [before, after] = await Promise.all([notYet(asked!.from), notYet(asked!.to)]);
      return after === undefined ? [] : changes(before, after);
    },
  });
  const compare = () => {
    setIncomplete(from === null || to === null);
    if (from === null || to === null) return;
    setAsked(from <= to ? { from, to } : { from: to, to: from });
  };
  return (
    <Stack gap="sm">
      <InstantField label={t('timeTravel.from')} initial={null} onChange={setFrom} />
      <InstantField label={t('timeTravel.to')} initial={null} onChange={setTo} />
      <Group>
        <Button onClick={compare}>{t('timeTravel.compare')}</Button>
      </Group>
      {incomplete && (
        <Text size="sm" c="red.9" role="alert">
          {t('timeTravel.bothInstants')}
        </Text>
      )}
      {compared.isFetching && <Loader size="sm" aria-label={t('app.loading')} />}
      {compared.error && <ProblemAlert error={compared.error} />}
      {compared.data && asked && (
        <Stack gap={4} role="status" data-testid="compare-result">
          <Text fw={600} size="sm">
            {t('timeTravel.changesBetween', {
              from: formatDateTime(asked.from, { seconds: true }),
              to: formatDateTime(asked.to, { seconds: true }),
            })}
          </Text>
          {compared.data.length === 0 ? (
            <Text size="sm">{t('timeTravel.noChanges')}</Text>
          ) : (
            <List size="sm" spacing={4}>
              {compared.data.map((line) => (
                <List.Item key={line.key}>
                  <Text size="sm" span fw={600}>
                    {line.title}
                  </Text>
                  {line.by && (
                    <Text size="sm" span>
                      {' — '}
                      {t('timeTravel.by', { who: line.by.who, when: formatDateTime(line.by.at) })}
                    </Text>
                  )}
                  {line.basis && (
                    <Text size="sm" c="gray.7">
                      {t('timeTravel.basis', { basis: line.basis })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Stack>
  );
};
