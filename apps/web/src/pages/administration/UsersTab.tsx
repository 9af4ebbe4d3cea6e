import { Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isRole, ROLE_LABELS } from '../../shell/roles';
import { AgencyName } from './AgencyName';
import type { UserItem } from './admin-items';
import { useCan } from './use-can';
import { useNumber } from './use-number';
import { useSession } from '../../session/SessionProvider';
import { AccountStandingForm, CreateUserForm, GrantRoleForm, ResetPasswordForm } from './UserForms';
import { useLastOpened } from '../../components/use-last-opened';

const PAGE_SIZE = 25;

/** Which form is open, and for whom. */
type Open =
  | { form: 'create' }
  | { form: 'grant'; user: UserItem }
  | { form: 'password'; user: UserItem }
  | { form: 'standing'; user: UserItem }
  | null;

/** The accounts, a page at a time, with what an admin does to them. */
export const UsersTab = () => {
  const { t } = useTranslation();
  const api = useApi();
  const formatNumber = useNumber();
  const allowed = useCan();
  // An admin cannot disable their own account (the API refuses it): the button is not offered.
  const selfId = useSession().session?.user.id;
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Open>(null);
  const titled = useLastOpened(open);
  const close = () => setOpen(null);
  const users = useQuery({
    queryKey: ['users', page],
    queryFn: async () => {
      const answered = await answer(
        api.GET('/api/users', { params: { query: { page, pageSize: PAGE_SIZE } } }),
      );
      return { items: answered.items as unknown as UserItem[], total: answered.total };
    },
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          {t('administration.users.title')}
          {users.data && ` (${formatNumber(users.data.total)})`}
        </Title>
        {allowed('createUser') && (
          <Button onClick={() => setOpen({ form: 'create' })}>
            {t('administration.users.create')}
          </Button>
        )}
      </Group>
      {users.error ? (
        <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : !users.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.users.username')}</Table.Th>
                <Table.Th>{t('administration.users.displayName')}</Table.Th>
                <Table.Th>{t('administration.users.role')}</Table.Th>
                <Table.Th>{t('administration.users.agency')}</Table.Th>
                <Table.Th>{t('administration.users.status')}</Table.Th>
                <Table.Th>{t('administration.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.username}</Table.Td>
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>{isRole(user.role) ? t(ROLE_LABELS[user.role]) : user.role}</Table.Td>
                  <Table.Td>{user.agencyId && <AgencyName agencyId={user.agencyId} />}</Table.Td>
                  <Table.Td>
                    {user.status === 'disabled' ? (
                      <Badge color="red.9" variant="light">
                        {t('administration.users.disabled')}
                      </Badge>
                    ) : (
                      <Text size="sm">{t('administration.users.active')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {allowed('grantRole') && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('administration.users.grantFor', { name: user.username })}
                          onClick={() => setOpen({ form: 'grant', user })}
                        >
                          {t('administration.users.grant')}
                        </Button>
                      )}
                      {allowed('resetPassword') && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('administration.users.resetFor', { name: user.username })}
                          onClick={() => setOpen({ form: 'password', user })}
                        >
                          {t('administration.users.resetPassword')}
                        </Button>
                      )}
                      {user.status === 'active' && allowed('disableUser') && user.id !== selfId && (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          aria-label={t('administration.users.disableFor', { name: user.username })}
                          onClick={() => setOpen({ form: 'standing', user })}
                        >
                          {t('administration.users.disable')}
                        </Button>
                      )}
                      {user.status === 'disabled' && allowed('enableUser') && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('administration.users.enableFor', { name: user.username })}
                          onClick={() => setOpen({ form: 'standing', user })}
                        >
                          {t('administration.users.enable')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} />
      )}
      <Modal
        opened={open !== null}
        onClose={close}
        size="lg"
        closeButtonProps={{ 'aria-label': t('forms.close') }}
        title={
          titled?.form === 'create'
            ? t('administration.users.create')
            : titled?.form === 'grant'
              ? t('administration.users.grantFor', { name: titled.user.username })
              : titled?.form === 'password'
                ? t('administration.users.resetFor', { name: titled.user.username })
                : titled?.form === 'standing'
                  ? t(
                      titled.user.status === 'active'
                        ? 'administration.users.disableFor'
                        : 'administration.users.enableFor',
                      { name: titled.user.username },
                    )
                  : ''
        }
      >
        {open?.form === 'create' && <CreateUserForm onDone={close} />}
        {open?.form === 'grant' && <GrantRoleForm user={open.user} onDone={close} />}
        {open?.form === 'password' && <ResetPasswordForm user={open.user} onDone={close} />}
        {open?.form === 'standing' && <AccountStandingForm user={open.user} onDone={close} />}
      </Modal>
    </Stack>
  );
};
