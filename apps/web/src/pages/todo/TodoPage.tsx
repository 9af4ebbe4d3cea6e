import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionProvider';
import { usePageTitle } from '../../shell/page-title';
import { AgencyInbox } from './AgencyInbox';
import { SecretariatTodo } from './SecretariatTodo';

/**
 * The home page answers "what must I do now?". The council's people see what needs the
 * secretariat; an agency's officer sees their agency's open cases instead, the inbox they answer.
 */
export const TodoPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.todo');
  const agency = useSession().session?.user.role === 'agency';
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={2}>{t('todo.title')}</Title>
        <Text c="dimmed">{agency ? t('todo.inbox.intro') : t('todo.intro')}</Text>
      </Stack>
      {agency ? <AgencyInbox /> : <SecretariatTodo />}
    </Stack>
  );
};
