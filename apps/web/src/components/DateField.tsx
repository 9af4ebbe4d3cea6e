import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../i18n/typed-date';

export type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser'
> & {
  /** YYYY-MM-DD; null or '' while empty. */
  value: string | null;
  /** YYYY-MM-DD, or null once cleared. */
  onChange: (value: string | null) => void;
};

/**
 * Every date field of the console: shows and reads dd/mm/yyyy whatever the browser's language
 * (a native date box shows mm/dd/yyyy on an English Windows, and Mantine's own parser reads
 * "01/07/2025" as 7 January), with a calendar to pick from; its value is the API's YYYY-MM-DD.
 * Spread the forms kit's `field(path)` on it for its id and error. A required field cannot be
 * cleared; others can, with a named clear button. The calendar's buttons are named in the
 * reader's language, and it shows neither Mantine's red weekends nor the faded days of the next
 * month: both are below WCAG AA's contrast.
 */
export const DateField = ({ value, onChange, ...props }: DateFieldProps) => {
  const { t } = useTranslation();
  return (
    <DateInput
      placeholder={t('components.dateField.placeholder')}
      clearable={!(props.required === true || props.withAsterisk === true)}
      weekendDays={[]}
      hideOutsideDates
      maw={320}
      {...props}
      clearButtonProps={{
        'aria-label': t('components.dateField.clear'),
        ...props.clearButtonProps,
      }}
      ariaLabels={{
        previousMonth: t('components.dateField.previousMonth'),
        nextMonth: t('components.dateField.nextMonth'),
        previousYear: t('components.dateField.previousYear'),
        nextYear: t('components.dateField.nextYear'),
        previousDecade: t('components.dateField.previousDecade'),
        nextDecade: t('components.dateField.nextDecade'),
        ...props.ariaLabels,
      }}
      value={value === '' ? null : value}
      onChange={onChange}
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
    />
  );
};
