import { TextInput } from '@mantine/core';

/**
 * A date field: the browser's own date input, which shows dd/mm/yyyy to a Vietnamese reader,
 * opens a calendar from the keyboard, and gives the API's YYYY-MM-DD.
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
}) => (
  <TextInput
    type="date"
    label={label}
    value={value}
    onChange={(event) => onChange(event.currentTarget.value)}
    id={field.id}
    error={field.error}
    withAsterisk={required}
    maw={220}
  />
);
