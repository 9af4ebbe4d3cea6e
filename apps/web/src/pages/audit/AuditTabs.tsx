import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = { log: '/audit', integrity: '/audit/integrity' } as const;

/** The audit pages' heading and the tabs between the log and its integrity check. */
export const AuditTabs = ({ current }: { current: keyof typeof TABS }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Title order={2}>{t('menu.audit')}</Title>
        <Text c="gray.7">{t('audit.intro')}</Text>
      </Stack>
      <Tabs
        value={current}
        onChange={(next) =>
          next && next !== current && void navigate(TABS[next as keyof typeof TABS])
        }
      >
        <Tabs.List>
          <Tabs.Tab value="log">{t('audit.tabs.log')}</Tabs.Tab>
          <Tabs.Tab value="integrity">{t('audit.tabs.integrity')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
};
