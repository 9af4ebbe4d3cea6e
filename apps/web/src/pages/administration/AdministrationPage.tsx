import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../shell/page-title';
import { CalendarTab } from './CalendarTab';
import { OperationsTab } from './OperationsTab';
import { UsersTab } from './UsersTab';
import { WebhooksTab } from './WebhooksTab';

/** The page's sections, each at its own address (/administration/<tab>) so a link opens it. */
const TABS = ['users', 'calendar', 'webhooks', 'operations'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | undefined): value is Tab => TABS.includes(value as Tab);

const TAB_LABELS = {
  users: 'administration.tabs.users',
  calendar: 'administration.tabs.calendar',
  webhooks: 'administration.tabs.webhooks',
  operations: 'administration.tabs.operations',
} as const satisfies Record<Tab, string>;

/**
 * Administration, for the admin role (the menu and the shell refuse everyone else): accounts,
 * the working calendar's announced days, webhooks, and the operations an admin starts.
 */
export const AdministrationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.administration');
  const navigate = useNavigate();
  const tab = useParams()['*'];
  if (!isTab(tab)) return <Navigate to="/administration/users" replace />;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('menu.administration')}</Title>
        <Text c="gray.7">{t('administration.intro')}</Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) => next && void navigate(`/administration/${next}`)}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(TAB_LABELS[name])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <CalendarTab />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="md">
          <WebhooksTab />
        </Tabs.Panel>
        <Tabs.Panel value="operations" pt="md">
          <OperationsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
};
