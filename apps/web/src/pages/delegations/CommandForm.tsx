import { Card, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormErrorSummary, type Command } from '../../forms';
import { formatDate } from '../../i18n/format';
import { CHANGE_LABELS, changesSince } from './changes-since';
import type { DelegationView } from './delegation-view';

/** What someone else recorded on the delegation since the form opened. */
const ChangedDelegation = ({
  before,
  after,
}: {
  before: DelegationView;
  after: DelegationView;
}) => {
  const { t } = useTranslation();
  const changes = changesSince(before, after);
  return (
    <Stack gap={4} role="status">
      <Text fw={600} size="sm">
        {t('forms.changedSince')}
      </Text>
      {changes.length === 0 ? (
        <Text size="sm">{t('forms.noChangesListed')}</Text>
      ) : (
        <List size="sm">
          {changes.map((change, index) => (
            <List.Item key={`${change.kind}-${index}`}>
              {t(CHANGE_LABELS[change.kind])}:{' '}
              {change.kind === 'survey' || change.kind === 'concluded'
                ? formatDate(change.text)
                : change.text}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};

/**
 * A form of the delegation page: its title, the summary of what is wrong (or the conflict and
 * what changed since it opened), the fields, then Save and Cancel.
 */
export const CommandForm = ({
  title,
  command,
  opened,
  onSubmit,
  onCancel,
  saveLabel,
  children,
}: {
  title: string;
  command: Command<never> | Command<object>;
  /** The delegation as the form opened with it, for a form that sends its revision. */
  opened?: { before: DelegationView | undefined; after: DelegationView };
  onSubmit: () => void;
  onCancel: () => void;
  saveLabel: string;
  children: ReactNode;
}) => (
  <Card withBorder shadow="sm" padding="lg" component="section" aria-label={title}>
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="md">
        <Title order={4}>{title}</Title>
        <FormErrorSummary command={command} />
        {command.conflict && opened?.before && (
          <ChangedDelegation before={opened.before} after={opened.after} />
        )}
        {children}
        <FormActions pending={command.pending} onCancel={onCancel} saveLabel={saveLabel} />
      </Stack>
    </form>
  </Card>
);
