import { Group } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { instantOf, partsOf } from './instant';

/**
 * An instant as a reader names one: a date (dd/mm/yyyy) and a time to the second, in Việt Nam.
 * `onChange` gets the instant (ISO, UTC), or null while the two do not name one.
 */
export const InstantField = ({
  label,
  initial,
  onChange,
}: {
  label: string;
  initial: string | null;
  onChange: (instant: string | null) => void;
}) => {
  const { t } = useTranslation();
  const start = initial === null ? null : partsOf(initial);
  const [date, setDate] = useState<string | null>(start?.date ?? null);
  const [time, setTime] = useState(start?.time ?? '');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DateField
        label={t('timeTravel.date', { what: label })}
        value={date}
        onChange={(next) => {
          setDate(next);
          onChange(instantOf(next, time));
        }}
      />
      <TimeInput
        label={t('timeTravel.time', { what: label })}
        description={t('timeTravel.timeHint')}
        withSeconds
        maw={180}
        value={time}
        onChange={(event) => {
          setTime(event.currentTarget.value);
          onChange(instantOf(date, event.currentTarget.value));
        }}
      />
    </Group>
  );
};
