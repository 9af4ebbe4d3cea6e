import { Anchor, Card, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { noteWritten } from '../../api/written-position';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { FormActions, FormErrorSummary, optionalLabel, useCommand } from '../../forms';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { AGENCY_LEVELS, isAgencyLevel, LEVEL_LABELS, type AgencyLevel } from './agency';

type Body = Partial<components['schemas']['RegisterAgencyDto']>;

/** Đăng ký cơ quan, đơn vị: an agency the council may address, by its full official name. */
export const RegisterAgencyPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.agencies');
  const api = useApi();
  const navigate = useNavigate();
  const { session } = useSession();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<AgencyLevel | null>(null);
  const [parentId, setParentId] = useState<string | null>(null);
  const [registeredOn, setRegisteredOn] = useState<string | null>(null);
  const c = useCommand<Body, { id: string; position: number }>({
    schema: 'RegisterAgencyDto',
    send: async (body, headers) => {
      const result = await answer(
        api.POST('/api/agencies', {
          body: body as components['schemas']['RegisterAgencyDto'],
          headers,
        }),
      );
      noteWritten(result.position);
      return result;
    },
    invalidates: [['agencies']],
    onSaved: (result) => void navigate(`/agencies/${result.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void c.submit({
      name,
      level: level ?? undefined,
      parentId: parentId ?? undefined,
      registeredOn: registeredOn ?? undefined,
    });
  };
  if (!can(session?.user.role, 'registerAgency'))
    return (
      <Stack gap="lg" maw={720}>
        <Title order={2}>{t('agencies.register.title')}</Title>
        <Text>{t('agencies.register.notAllowed')}</Text>
      </Stack>
    );
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/agencies" size="sm">
        ← {t('agencies.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('agencies.register.title')}</Title>
        <Text c="gray.7">{t('agencies.register.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorSummary command={c} />
            <TextInput
              {...c.field('name')}
              label={t('agencies.register.name')}
              description={t('agencies.register.nameHint')}
              withAsterisk
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <Select
              {...c.field('level')}
              label={t('agencies.register.level')}
              description={t('agencies.register.levelHint')}
              withAsterisk
              value={level}
              data={AGENCY_LEVELS.map((l) => ({ value: l, label: t(LEVEL_LABELS[l]) }))}
              onChange={(next) => setLevel(isAgencyLevel(next) ? next : null)}
              allowDeselect={false}
            />
            <AgencySelect
              {...c.field('parentId')}
              label={optionalLabel(t, t('agencies.register.parent'))}
              description={t('agencies.register.parentHint')}
              clearable
              value={parentId}
              onChange={setParentId}
            />
            <DateField
              {...c.field('registeredOn')}
              label={optionalLabel(t, t('agencies.register.on'))}
              description={t('agencies.todayIfEmpty')}
              value={registeredOn}
              onChange={setRegisteredOn}
              clearable
            />
            <FormActions
              pending={c.pending}
              onCancel={() => void navigate('/agencies')}
              saveLabel={t('agencies.register.save')}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
};
