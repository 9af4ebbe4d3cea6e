import { Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { noteWritten } from '../../api/written-position';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { ChangedSince, FormActions, FormErrorSummary, useCommand } from '../../forms';
import type { AgencyDetail } from './agency';

type Body = Partial<components['schemas']['SuccessionDto']>;

/**
 * Sắp xếp, sáp nhập: from a date, this agency's open cases pass to its successor (a district's
 * UBND merged into a ward's, say); what it received stays on its own record. An agency's
 * history is not a list of steps, so a conflict says only that it changed.
 */
export const SuccessionForm = ({
  agency,
  onDone,
}: {
  agency: AgencyDetail;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  const [basis, setBasis] = useState('');
  const [opened] = useState(agency.revision);
  const [conflicted, setConflicted] = useState(false);
  const c = useCommand<Body, { position: number }>({
    schema: 'SuccessionDto',
    revision: conflicted ? agency.revision : opened,
    send: async (body, headers) => {
      const result = await answer(
        api.POST('/api/agencies/{id}/succession', {
          params: { path: { id: agency.id } },
          body: body as components['schemas']['SuccessionDto'],
          headers,
        }),
      );
      noteWritten(result.position);
      return result;
    },
    invalidates: [['agency'], ['agencies'], ['recommendations'], ['obstacles']],
    onSaved: onDone,
  });
  if (c.conflict && !conflicted) setConflicted(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void c.submit({
      successorId: successorId ?? undefined,
      effectiveOn: effectiveOn ?? undefined,
      basis,
    });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="succession-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={3} size="h4" id="succession-form">
              {t('agencies.succession.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('agencies.succession.intro', { name: agency.name })}
            </Text>
          </Stack>
          <FormErrorSummary command={c} />
          {c.conflict && <ChangedSince before={[]} after={[]} />}
          <AgencySelect
            {...c.field('successorId')}
            label={t('agencies.succession.successor')}
            withAsterisk
            value={successorId}
            onChange={setSuccessorId}
            excludeIds={[agency.id]}
          />
          <DateField
            {...c.field('effectiveOn')}
            label={t('agencies.succession.effectiveOn')}
            description={t('agencies.succession.effectiveOnHint')}
            withAsterisk
            value={effectiveOn}
            onChange={setEffectiveOn}
          />
          <Textarea
            {...c.field('basis')}
            label={t('agencies.succession.basis')}
            description={t('agencies.succession.basisHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            value={basis}
            onChange={(event) => setBasis(event.currentTarget.value)}
          />
          <FormActions
            pending={c.pending}
            onCancel={onDone}
            saveLabel={t('agencies.succession.save')}
          />
        </Stack>
      </form>
    </Card>
  );
};
