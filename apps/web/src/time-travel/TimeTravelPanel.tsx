import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareInstants, type ChangeLine } from './CompareInstants';
import { InstantField } from './InstantField';

/**
 * "Xem lại hồ sơ", folded under a case page: read the page as it stood at an instant, or compare
 * two instants step by step. Every case page (recommendation, delegation, obstacle) offers it.
 */
export const TimeTravelPanel = <V,>({
  asOf,
  show,
  queryKey,
  load,
  changes,
}: {
  asOf: string | null;
  show: (instant: string | null) => void;
  queryKey: readonly unknown[];
  load: (instant: string) => Promise<V>;
  changes: (before: V | undefined, after: V) => ChangeLine[];
}) => {
  const { t } = useTranslation();
  const [instant, setInstant] = useState<string | null>(asOf);
  const [incomplete, setIncomplete] = useState(false);
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="view-at">
        <Accordion.Control>{t('timeTravel.viewAtTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm">{t('timeTravel.viewAtIntro')}</Text>
            <InstantField label={t('timeTravel.instant')} initial={asOf} onChange={setInstant} />
            <Group>
              <Button
                onClick={() => {
                  setIncomplete(instant === null);
                  if (instant !== null) show(instant);
                }}
              >
                {t('timeTravel.viewAt')}
              </Button>
            </Group>
            {incomplete && (
              <Text size="sm" c="red.9" role="alert">
                {t('timeTravel.instantIncomplete')}
              </Text>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="compare">
        <Accordion.Control>{t('timeTravel.compareTitle')}</Accordion.Control>
        <Accordion.Panel>
          <CompareInstants queryKey={queryKey} load={load} changes={changes} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
};
