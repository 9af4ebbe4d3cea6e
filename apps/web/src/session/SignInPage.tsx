import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { answer } from '../api/client';
import { ApiError } from '../api/api-error';
import { useApi } from '../api/ApiProvider';
import { useProblemText } from '../components/ProblemAlert';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { usePageTitle } from '../shell/page-title';
import { isRole } from '../shell/roles';
import { nextPage } from './next-page';
import { useSession, useSessionStore } from './SessionProvider';

type FieldErrors = Partial<Record<'username' | 'password', string>>;

/** Username and password for a token; then back to the page the reader came from. */
export const SignInPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const store = useSessionStore();
  const { session, expired } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePageTitle('signIn.title');

  // The same messages sit above the form and beside their fields (each linked to its field).
  const missing = Object.entries(fieldErrors);

  if (session) return <Navigate to={nextPage(location.search)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {
      ...(username.trim() === '' && { username: t('signIn.usernameRequired') }),
      ...(password === '' && { password: t('signIn.passwordRequired') }),
    };
    setFieldErrors(missing);
    setFailure(undefined);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const login = await answer(
        // Text goes to the API as NFC, the one form it stores and compares.
        api.POST('/api/auth/login', {
          body: { username: username.trim().normalize('NFC'), password: password.normalize('NFC') },
        }),
      );
      const role = login.user.role;
      if (!isRole(role)) throw new ApiError(403, 'forbidden');
      store.signIn({
        token: login.accessToken,
        expiresAt: Date.now() + login.expiresIn * 1000,
        user: { ...login.user, role },
      });
      navigate(nextPage(location.search), { replace: true });
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 401
          ? t('signIn.wrongCredentials')
          : problemText(error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box bg="gray.0" mih="100vh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="xs" mb="lg">
            <Text size="sm" c="council.8" fw={600} tt="uppercase">
              {t('app.council')}
            </Text>
            <Title order={1} size="h2">
              {t('app.name')}
            </Title>
            <Text c="dimmed">{t('signIn.intro')}</Text>
          </Stack>
          {expired && !failure && (
            <Alert color="yellow" mb="md" role="status">
              {t('signIn.expired')}
            </Alert>
          )}
          {(failure || missing.length > 0) && (
            <Alert color="red" mb="md" role="alert" title={t('signIn.errorSummary')}>
              {failure ?? (
                <List size="sm" spacing={2}>
                  {missing.map(([field, message]) => (
                    <List.Item key={field}>
                      <Anchor href={`#${field}`} c="red.9" underline="always">
                        {message}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <form onSubmit={submit} noValidate aria-label={t('signIn.title')}>
            <Stack>
              <TextInput
                label={t('signIn.username')}
                id="username"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                error={fieldErrors.username}
                required
              />
              <PasswordInput
                label={t('signIn.password')}
                id="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                required
              />
              <Button type="submit" loading={busy} fullWidth mt="sm">
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
};
