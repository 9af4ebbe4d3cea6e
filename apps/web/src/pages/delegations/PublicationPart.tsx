import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { useCommand } from '../../forms';
import { formatDate, todayInVietnam } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { CommandForm } from './CommandForm';
import type { DelegationView } from './delegation-view';
import { dateValue } from './form-values';
import { useOpenedCase } from './useOpenedCase';

type Done = (recorded?: { position: number }) => void;

/** "Công khai": the secretariat makes the delegation's results public, on a basis. */
const PublishForm = ({ delegation, onDone }: { delegation: DelegationView; onDone: Done }) => {
  const { t } = useTranslation();
  const api = useApi();
  const opened = useOpenedCase(delegation);
  const [publishedOn, setPublishedOn] = useState(todayInVietnam);
  const [basis, setBasis] = useState('');
  const command = useCommand({
    schema: 'PublishDelegationResultsDto',
    revision: opened.revision,
    send: (body: { publishedOn: string; basis: string }, headers) =>
      answer(
        api.POST('/api/delegations/{id}/publication', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations'], ['public']],
    onSaved: onDone,
  });
  opened.follow(command.conflict);
  return (
    <CommandForm
      title={t('delegations.publication.publishForm')}
      command={command}
      opened={opened}
      onSubmit={() => void command.submit({ publishedOn: dateValue(publishedOn) as string, basis })}
      onCancel={() => onDone()}
      saveLabel={t('delegations.publication.publish')}
    >
      <Text size="sm">{t('delegations.publication.publishHint')}</Text>
      <DateField
        label={t('delegations.publication.publishedOn')}
        value={publishedOn}
        onChange={(date) => setPublishedOn(date ?? '')}
        {...command.field('publishedOn')}
      />
      <Textarea
        label={t('delegations.publication.basis')}
        autosize
        minRows={2}
        value={basis}
        onChange={(event) => setBasis(event.currentTarget.value)}
        {...command.field('basis')}
      />
    </CommandForm>
  );
};

/** "Thu hồi công khai": takes the delegation off the public page, with the reason. */
const WithdrawForm = ({ delegation, onDone }: { delegation: DelegationView; onDone: Done }) => {
  const { t } = useTranslation();
  const api = useApi();
  const opened = useOpenedCase(delegation);
  const [withdrawnOn, setWithdrawnOn] = useState(todayInVietnam);
  const [reason, setReason] = useState('');
  const command = useCommand({
    schema: 'WithdrawPublicationDto',
    revision: opened.revision,
    send: (body: { withdrawnOn: string; reason: string }, headers) =>
      answer(
        api.POST('/api/delegations/{id}/publication/withdrawal', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations'], ['public']],
    onSaved: onDone,
  });
  opened.follow(command.conflict);
  return (
    <CommandForm
      title={t('delegations.publication.withdrawForm')}
      command={command}
      opened={opened}
      onSubmit={() =>
        void command.submit({ withdrawnOn: dateValue(withdrawnOn) as string, reason })
      }
      onCancel={() => onDone()}
      saveLabel={t('delegations.publication.withdraw')}
    >
      <Text size="sm">{t('delegations.publication.withdrawHint')}</Text>
      <DateField
        label={t('delegations.publication.withdrawnOn')}
        value={withdrawnOn}
        onChange={(date) => setWithdrawnOn(date ?? '')}
        {...command.field('withdrawnOn')}
      />
      <Textarea
        label={t('delegations.publication.reason')}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        {...command.field('reason')}
      />
    </CommandForm>
  );
};

/**
 * The delegation page's part on the public page: whether its results are public, and for the
 * secretariat the button that publishes them or withdraws them (docs/console.md, "Công khai").
 */
export const PublicationPart = ({
  delegation,
  recorded,
}: {
  delegation: DelegationView;
  recorded: (position: number) => void;
}) => {
  const { t } = useTranslation();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const role = session?.user.role;
  const published = delegation.publication ?? null;
  const action = published ? 'withdrawPublication' : 'publishDelegationResults';
  const close: Done = (answered) => {
    setOpen(false);
    if (answered) recorded(answered.position);
  };
  const title = t('delegations.publication.title');
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          {title}
        </Title>
        {can(role, action) && !open && (
          <Button variant="light" size="sm" onClick={() => setOpen(true)}>
            {published
              ? t('delegations.publication.withdraw')
              : t('delegations.publication.publish')}
          </Button>
        )}
      </Group>
      {open &&
        (published ? (
          <WithdrawForm delegation={delegation} onDone={close} />
        ) : (
          <PublishForm delegation={delegation} onDone={close} />
        ))}
      <Card withBorder padding="md">
        {published ? (
          <Stack gap={4}>
            <Text data-testid="publication-state">
              {t('delegations.publication.isPublic', {
                date: formatDate(published.publishedOn),
                basis: published.basis,
              })}
            </Text>
            <Anchor component={Link} to="/cong-khai" size="sm">
              {t('delegations.publication.view')}
            </Anchor>
          </Stack>
        ) : (
          <Text c="gray.7" data-testid="publication-state">
            {t('delegations.publication.notPublic')}
          </Text>
        )}
      </Card>
    </Stack>
  );
};
