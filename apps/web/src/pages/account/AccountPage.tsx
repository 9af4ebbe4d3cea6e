import { Checkbox, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { usePageTitle } from '../../shell/page-title';
import { useSession } from '../../session/SessionProvider';

const MY_NOTICES = ['users', 'me', 'notices'] as const;

interface Choice {
  email: string;
  reminders: boolean;
  missedDeadlines: boolean;
}

/** The address and the two kinds of daily e-mail digest the signed-in user chose. */
const NoticesForm = ({ saved }: { saved: Choice }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { session } = useSession();
  // What was saved fills the form once; after a save the form already shows what was saved.
  const [choice, setChoice] = useState<Choice>(saved);
  const command = useCommand({
    schema: 'ChooseNoticesDto',
    send: (body: object, headers) =>
      answer(
        api.PUT('/api/users/me/notices', {
          body: body as { reminders: boolean; missedDeadlines: boolean; email?: string },
          headers,
        }),
      ),
    invalidates: [MY_NOTICES],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = choice.email.trim();
    void command.submit({
      ...(email !== '' && { email }),
      reminders: choice.reminders,
      missedDeadlines: choice.missedDeadlines,
    });
  };
  const receives = session?.user.role === 'agency' || session?.user.role === 'secretariat';
  // An auditor changes nothing, their own choice included (the API refuses it too).
  const readOnly = session?.user.role === 'auditor';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorSummary command={command} />
        {!receives && (
          <Text size="sm" c="dimmed">
            {t('account.notices.onlySome')}
          </Text>
        )}
        <TextInput
          {...command.field('email')}
          disabled={readOnly}
          type="email"
          autoComplete="email"
          label={t('account.notices.email')}
          description={t('account.notices.emailHint')}
          value={choice.email}
          onChange={(event) => {
            const email = event.currentTarget.value;
            setChoice((current) => ({ ...current, email }));
          }}
        />
        <Checkbox
          {...command.field('reminders')}
          disabled={readOnly}
          label={t('account.notices.reminders')}
          description={t('account.notices.remindersHint')}
          checked={choice.reminders}
          onChange={(event) => {
            const reminders = event.currentTarget.checked;
            setChoice((current) => ({ ...current, reminders }));
          }}
        />
        <Checkbox
          {...command.field('missedDeadlines')}
          disabled={readOnly}
          label={t('account.notices.missedDeadlines')}
          description={t('account.notices.missedDeadlinesHint')}
          checked={choice.missedDeadlines}
          onChange={(event) => {
            const missedDeadlines = event.currentTarget.checked;
            setChoice((current) => ({ ...current, missedDeadlines }));
          }}
        />
        {!readOnly && <FormActions pending={command.pending} />}
      </Stack>
    </form>
  );
};

/** The signed-in user's own page: for now, the e-mail notices they receive. */
export const AccountPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  usePageTitle('account.title');
  const notices = useQuery({
    queryKey: MY_NOTICES,
    queryFn: () => answer(api.GET('/api/users/me/notices')),
  });
  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={2}>{t('account.title')}</Title>
        <Text c="dimmed">{t('account.intro')}</Text>
      </div>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-notices">
        <Stack gap="sm">
          {/* Balanced, so that a phone breaks the line between words rather than in "e-mail". */}
          <Title order={3} id="account-notices" style={{ textWrap: 'balance' }}>
            {t('account.notices.title')}
          </Title>
          <Text size="sm">{t('account.notices.intro')}</Text>
          {notices.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
          {notices.error && <ProblemAlert error={notices.error} />}
          {notices.data && (
            <NoticesForm
              saved={{
                email: notices.data.email ?? '',
                reminders: notices.data.reminders,
                missedDeadlines: notices.data.missedDeadlines,
              }}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
};
