import {
  AppShell,
  Burger,
  Button,
  Group,
  Loader,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';
import { ApiError } from '../api/api-error';
import { useSession, useSessionStore } from '../session/SessionProvider';
import { GlobalSearch } from '../search/GlobalSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { allows, menuFor } from './menus';
import { ROLE_LABELS } from './roles';

/**
 * Every signed-in page: the header (product, who is signed in and as what, language, sign-out)
 * and the menu of what the reader's role may open; on a phone the menu folds behind a button.
 */
export const Layout = () => {
  const { t } = useTranslation();
  const { session } = useSession();
  const store = useSessionStore();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the header holds the menu button and the name; the rest moves into the menu.
  const phone = useMediaQuery('(max-width: 47.99em)');
  // After a move to another page, the keyboard and the screen reader start at its content, as
  // they would on a page loaded afresh; the first page of the visit keeps the browser's order.
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  if (!session) return null;
  const { user } = session;
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header bg="council.8" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={t('menu.open')}
              aria-expanded={opened}
              aria-controls="main-menu"
            />
            <Stack gap={0}>
              <Text size="xs" fw={600} tt="uppercase" visibleFrom="xs" c="council.0">
                {t('app.council')}
              </Text>
              <Title order={1} size="h4" c="white" lh={1.2} lineClamp={1}>
                {t('app.name')}
              </Title>
            </Stack>
          </Group>
          {!phone && (
            <Group flex={1} justify="center" px="md">
              <GlobalSearch role={user.role} />
            </Group>
          )}
          {!phone && (
            <Group gap="md" wrap="nowrap">
              <Stack gap={0} align="flex-end" visibleFrom="md">
                <Text size="sm" fw={600}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="council.0">
                  {t(ROLE_LABELS[user.role])}
                </Text>
              </Stack>
              <LanguageSwitch />
              <Button
                component={RouterLink}
                to="/account"
                variant="subtle"
                color="white"
                size="xs"
                c="white"
              >
                {t('account.title')}
              </Button>
              <Button variant="white" color="council.8" size="xs" onClick={store.signOut}>
                {t('signOut')}
              </Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-menu" p="sm" aria-label={t('menu.label')} component="nav">
        {phone && (
          <Stack
            gap="xs"
            mb="md"
            px="xs"
            pb="md"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <div>
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(ROLE_LABELS[user.role])}
              </Text>
            </div>
            <GlobalSearch role={user.role} />
            <Group gap="sm">
              <LanguageSwitch />
              <Button
                component={RouterLink}
                to="/account"
                variant="subtle"
                size="xs"
                onClick={close}
              >
                {t('account.title')}
              </Button>
              <Button variant="light" size="xs" onClick={store.signOut}>
                {t('signOut')}
              </Button>
            </Group>
          </Stack>
        )}
        {menuFor(user.role).map((item) => (
          <NavLink
            key={item.path}
            component={RouterLink}
            to={item.path}
            end={item.path === '/'}
            label={t(item.label)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        {allows(user.role, location.pathname) ? (
          <Suspense fallback={<Loader size="sm" aria-label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        ) : (
          <ProblemAlert error={new ApiError(403, 'forbidden')} />
        )}
      </AppShell.Main>
    </AppShell>
  );
};
