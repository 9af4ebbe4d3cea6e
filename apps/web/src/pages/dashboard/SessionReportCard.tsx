import { Button, Card, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { saveAnsweredFile } from '../../api/save-file';
import { DateField } from '../../components/DateField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDelegationChoices } from '../tracker/reference-lists';
import { BODY_LABELS, LEVEL_LABELS } from '../delegations/supervisor-bodies';
import { SOURCE_LABELS } from '../tracker/source-kinds';
import type { DashboardFilters } from './dashboard-view';

interface ReportChoices {
  /** One delegation, several, or (none) every delegation. */
  delegationId?: string[];
  from?: string;
  to?: string;
  asOf?: string;
}

/** The dashboard's source, body and level, as the report narrows by them too. */
const sourceQuery = ({ sourceKind, supervisingBody, level }: DashboardFilters) => ({
  ...(sourceKind && { sourceKind }),
  ...(supervisingBody && { supervisingBody }),
  ...(level && { level }),
});

/**
 * The session report as a Word file: a period of issue, delegations (or all) and, to print
 * the record as it stood on a past day, that day. It starts from the dashboard's own filters,
 * so what is on screen is what gets printed, and can be changed without changing them. The
 * source, body and level are the dashboard's as they are now (the card says which): a report
 * on explanation sessions is printed from the dashboard showing them.
 */
export const SessionReportCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const api = useApi();
  const delegations = useDelegationChoices(true);
  const [choices, setChoices] = useState<ReportChoices>({
    delegationId: filters.delegationId === undefined ? undefined : [filters.delegationId],
    from: filters.from,
    to: filters.to,
  });
  const change = (next: Partial<ReportChoices>) => setChoices((now) => ({ ...now, ...next }));
  const narrowedBy = [
    filters.sourceKind && t(SOURCE_LABELS[filters.sourceKind]),
    filters.supervisingBody && t(BODY_LABELS[filters.supervisingBody]),
    filters.level && t(LEVEL_LABELS[filters.level]),
  ].filter((word): word is string => typeof word === 'string');
  const download = useMutation({
    mutationFn: () => {
      const query = Object.fromEntries(
        Object.entries(choices).filter(
          ([, value]) => value !== undefined && value !== '' && value.length !== 0,
        ),
      ) as ReportChoices;
      return saveAnsweredFile(
        () =>
          api.GET('/api/reports/session', {
            params: { query: { ...query, ...sourceQuery(filters) } },
            parseAs: 'blob',
          }),
        'bao-cao-ket-qua-giam-sat.docx',
      );
    },
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="session-report-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="session-report-title">
          {t('dashboard.report.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('dashboard.report.intro')}
        </Text>
        {narrowedBy.length > 0 && (
          <Text size="sm" fw={600}>
            {t('dashboard.report.narrowed', { filters: narrowedBy.join(' · ') })}
          </Text>
        )}
        <Group gap="md" align="flex-end" wrap="wrap">
          <MultiSelect
            label={t('dashboard.report.delegations')}
            placeholder={choices.delegationId?.length ? undefined : t('dashboard.anyDelegation')}
            data={delegations.data ?? []}
            value={choices.delegationId ?? []}
            onChange={(delegationId) => change({ delegationId })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('dashboard.clearDelegation') }}
            w={320}
          />
          <DateField
            label={t('dashboard.from')}
            value={choices.from ?? null}
            onChange={(from) => change({ from: from ?? undefined })}
            w={180}
          />
          <DateField
            label={t('dashboard.to')}
            value={choices.to ?? null}
            onChange={(to) => change({ to: to ?? undefined })}
            w={180}
          />
          <DateField
            label={t('dashboard.report.asOf')}
            description={t('dashboard.report.asOfHint')}
            value={choices.asOf ?? null}
            onChange={(asOf) => change({ asOf: asOf ?? undefined })}
            w={220}
          />
          <Button onClick={() => download.mutate()} loading={download.isPending}>
            {t('dashboard.report.download')}
          </Button>
        </Group>
        {download.error && <ProblemAlert error={download.error} />}
        {download.isSuccess && (
          <Text size="sm" role="status">
            {t('dashboard.report.saved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
