import { PasswordInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { Body } from './body';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { ROLE_LABELS, ROLES, type Role } from '../../shell/roles';
import { AgencySelect } from '../../components/AgencySelect';
import type { UserItem } from './admin-items';
import { DelegationsSelect } from './DelegationsSelect';
import { grantFields, needsAgency, needsDelegations, type GrantDraft } from './grant';

/** The users list is what every user command changes. */
const USERS = [['users']] as const;

/** The role, and for an agency's officer the agency: the same two fields to create and to grant. */
const RoleFields = ({
  draft,
  onChange,
  field,
}: {
  draft: GrantDraft;
  onChange: (draft: GrantDraft) => void;
  field: (path: string) => { id: string; error: string | undefined };
}) => {
  const { t } = useTranslation();
  return (
    <>
      <Select
        {...field('role')}
        label={t('administration.users.role')}
        required
        allowDeselect={false}
        data={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
        value={draft.role || null}
        onChange={(role) => onChange({ ...draft, role: (role ?? '') as Role | '' })}
      />
      {needsAgency(draft.role) && (
        <AgencySelect
          {...field('agencyId')}
          label={t('administration.users.agency')}
          required
          clearable
          value={draft.agencyId || null}
          onChange={(agencyId) => onChange({ ...draft, agencyId: agencyId ?? '' })}
        />
      )}
      {needsDelegations(draft.role) && (
        <DelegationsSelect
          {...field('delegationIds')}
          label={t('administration.users.delegations')}
          value={draft.delegationIds}
          onChange={(delegationIds) => onChange({ ...draft, delegationIds })}
        />
      )}
    </>
  );
};

/** Creates an account: sign-in name, the name timelines show, its role, a first password. */
export const CreateUserForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [grant, setGrant] = useState<GrantDraft>({ role: '', agencyId: '', delegationIds: [] });
  const command = useCommand({
    schema: 'CreateUserDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/users', {
          body: body as Body<'CreateUserDto'>,
          headers,
        }),
      ),
    invalidates: USERS,
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ username, displayName, password, ...grantFields(grant) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorSummary command={command} />
        <TextInput
          {...command.field('username')}
          label={t('administration.users.username')}
          description={t('administration.users.usernameHint')}
          required
          autoComplete="off"
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
        />
        <TextInput
          {...command.field('displayName')}
          label={t('administration.users.displayName')}
          description={t('administration.users.displayNameHint')}
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
        />
        <RoleFields draft={grant} onChange={setGrant} field={command.field} />
        <PasswordInput
          {...command.field('password')}
          label={t('administration.users.firstPassword')}
          description={t('administration.users.passwordHint')}
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <FormActions
          pending={command.pending}
          onCancel={onDone}
          saveLabel={t('administration.users.create')}
        />
      </Stack>
    </form>
  );
};

/** Changes what a user may do (role and agency); the reason is kept in the log. */
export const GrantRoleForm = ({ user, onDone }: { user: UserItem; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [grant, setGrant] = useState<GrantDraft>({
    role: user.role as Role,
    agencyId: user.agencyId ?? '',
    delegationIds: user.delegationIds ?? [],
  });
  const [reason, setReason] = useState('');
  const command = useCommand({
    schema: 'GrantRoleDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/users/{id}/grants', {
          params: { path: { id: user.id } },
          body: body as Body<'GrantRoleDto'>,
          headers,
        }),
      ),
    invalidates: USERS,
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ ...grantFields(grant), reason });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorSummary command={command} />
        <RoleFields draft={grant} onChange={setGrant} field={command.field} />
        <Textarea
          {...command.field('reason')}
          label={t('administration.users.reason')}
          description={t('administration.users.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormActions
          pending={command.pending}
          onCancel={onDone}
          saveLabel={t('administration.users.grant')}
        />
      </Stack>
    </form>
  );
};

/** Sets a new password the admin then gives the user; the old one stops working at once. */
export const ResetPasswordForm = ({ user, onDone }: { user: UserItem; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [password, setPassword] = useState('');
  const command = useCommand({
    schema: 'ResetPasswordDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/users/{id}/password', {
          params: { path: { id: user.id } },
          body: body as Body<'ResetPasswordDto'>,
          headers,
        }),
      ),
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ password });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorSummary command={command} />
        <PasswordInput
          {...command.field('password')}
          label={t('administration.users.newPassword')}
          description={t('administration.users.passwordHint')}
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <FormActions
          pending={command.pending}
          onCancel={onDone}
          saveLabel={t('administration.users.resetPassword')}
        />
      </Stack>
    </form>
  );
};

/**
 * Disables an account (its holder is signed out at once) or enables it again; either way the
 * reason is kept in the log with the admin who gave it.
 */
export const AccountStandingForm = ({ user, onDone }: { user: UserItem; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const disabling = user.status === 'active';
  const command = useCommand({
    schema: 'AccountStandingDto',
    send: (body: object, headers) =>
      answer(
        api.POST(disabling ? '/api/users/{id}/disable' : '/api/users/{id}/enable', {
          params: { path: { id: user.id } },
          body: body as Body<'AccountStandingDto'>,
          headers,
        }),
      ),
    invalidates: USERS,
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ reason });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t(disabling ? 'administration.users.disableHint' : 'administration.users.enableHint')}
        </Text>
        <FormErrorSummary command={command} />
        <Textarea
          {...command.field('reason')}
          label={t('administration.users.standingReason')}
          description={t('administration.users.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormActions
          pending={command.pending}
          onCancel={onDone}
          saveLabel={t(disabling ? 'administration.users.disable' : 'administration.users.enable')}
        />
      </Stack>
    </form>
  );
};
