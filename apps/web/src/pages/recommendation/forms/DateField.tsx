import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../dates';

/**
 * A date field that shows and takes dd/mm/yyyy whatever the browser's language (a browser's own
 * date input follows its settings, often mm/dd/yyyy), with a calendar to pick from, and gives
 * the API's YYYY-MM-DD.
 */
export const DateField = ({
  label,
  value,
  onChange,
  field,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  field: { id: string; error: string | undefined };
  required?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <DateInput
      label={label}
      value={value === '' ? null : value}
      onChange={(date) => onChange(date ?? '')}
      dateParser={parseTypedDate}
      valueFormat="DD/MM/YYYY"
      placeholder={t('recommendation.form.datePlaceholder')}
      id={field.id}
      error={field.error}
      withAsterisk={required}
      clearable={!required}
      maw={220}
    />
  );
};
