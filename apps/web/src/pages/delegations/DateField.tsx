import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from './form-values';

/**
 * A date typed or picked as dd/mm/yyyy whatever the browser's own language (a native date box
 * shows mm/dd/yyyy on an English Windows), held as YYYY-MM-DD, '' while empty. The calendar
 * that opens speaks the reader's language.
 */
export const DateField = ({
  label,
  value,
  onChange,
  id,
  error,
  description,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id: string;
  error: string | undefined;
  description?: string;
}) => {
  const { t } = useTranslation();
  return (
    <DateInput
      id={id}
      label={label}
      description={description}
      error={error}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
      placeholder={t('delegations.dateFormat')}
      clearable
      clearButtonProps={{ 'aria-label': t('delegations.clearDate') }}
      maw={320}
    />
  );
};
