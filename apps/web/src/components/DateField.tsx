import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDayMonthYear } from './date-text';

/**
 * A date field that shows and reads dd/mm/yyyy in both languages, with the calendar to pick
 * from; its value is the API's YYYY-MM-DD (or null while empty or not a date).
 */
export const DateField = (
  props: Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
    value: string | null;
    onChange: (value: string | null) => void;
  },
) => (
  <DateInput
    {...props}
    valueFormat="DD/MM/YYYY"
    dateParser={parseDayMonthYear}
    placeholder={props.placeholder ?? 'dd/mm/yyyy'}
    clearable={props.clearable ?? false}
  />
);
