import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../components/ProblemAlert';
import { fieldId, type Command } from './useCommand';

/**
 * The top of a form after a failed save: each field at fault with a link to it (the same
 * sentence stands beside the field), the conflict said plainly, or the problem in the reader's
 * words. Screen readers hear it when it appears.
 */
export const FormErrorSummary = ({ command }: { command: Command<never> | Command<object> }) => {
  const { t } = useTranslation();
  if (command.conflict)
    return (
      // A dark orange: Mantine's orange.9 title is below AA's 4.5:1 on white.
      <Alert color="#a63c06" variant="outline" title={t('forms.conflictTitle')} role="alert">
        <Text size="sm">{t('forms.conflictBody')}</Text>
      </Alert>
    );
  if (command.fieldErrors.length > 0)
    return (
      <Alert color="red" variant="light" title={t('forms.summaryTitle')} role="alert">
        <List size="sm">
          {command.fieldErrors.map((error) => (
            <List.Item key={`${error.field}:${error.sentence}`}>
              <Anchor href={`#${fieldId(error.field)}`} size="sm" c="red.9">
                {error.sentence}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  if (command.problem !== undefined) return <ProblemAlert error={command.problem} />;
  return null;
};
