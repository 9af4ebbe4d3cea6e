import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The foot of every form: Save (busy while the command is on its way, so a second click sends
 * nothing) and, where the form can be left, Cancel.
 */
export const FormActions = ({
  pending,
  onCancel,
  saveLabel,
}: {
  pending: boolean;
  onCancel?: () => void;
  /** A more precise verb than "Lưu" where one exists, e.g. "Ban hành kiến nghị". */
  saveLabel?: string;
}) => {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={pending}>
          {t('forms.cancel')}
        </Button>
      )}
      <Button type="submit" loading={pending}>
        {saveLabel ?? t('forms.save')}
      </Button>
    </Group>
  );
};
