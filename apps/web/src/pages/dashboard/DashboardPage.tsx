import {
  Accordion,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { usePageTitle } from '../../shell/page-title';
import { useNumber } from '../administration/use-number';
import { useDelegationChoices } from '../tracker/reference-lists';
import { statusLabel } from '../tracker/recommendation-summary';
import { STATUSES } from '../tracker/tracker-query';
import { agencyChart, monthChart, monthLabel, type ChartWords } from './charts';
import {
  filtersFrom,
  obstaclesLink,
  percentOf,
  searchOf,
  trackerLink,
  type DashboardFilters,
  type DashboardView,
} from './dashboard-view';
import { EChart } from './EChart';
import { SessionReportCard } from './SessionReportCard';
import { SourceFilters } from './SourceFilters';

/** One figure: its name, its value, and the list behind it. */
const Figure = ({ label, value, to }: { label: string; value: string; to: string }) => (
  <Card withBorder padding="md" component={Link} to={to}>
    <Text size="sm" c="gray.7">
      {label}
    </Text>
    <Text fz={32} fw={700} c="council.8" lh={1.2}>
      {value}
    </Text>
  </Card>
);

/** A chart with its figures as a table, for a screen reader and for whoever wants the numbers. */
const ChartWithTable = ({
  title,
  chart,
  table,
}: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {chart}
      <Accordion mt="sm" variant="default" chevronPosition="left">
        <Accordion.Item value="table">
          <Accordion.Control>{t('dashboard.asTable')}</Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={560}>{table}</Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Card>
  );
};

/**
 * "Tổng quan": where follow-up stands, for the secretariat, members and auditors — counts by
 * status, the share of due recommendations implemented, each agency's on-time rate and overdue
 * count, and the months' issued, closed and open backlog. The filters (delegation, agency,
 * source, supervising body, level, period) apply to every figure and live in the address; every figure links to its list.
 */
export const DashboardPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.dashboard');
  const api = useApi();
  const number = useNumber();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const change = (next: Partial<DashboardFilters>) =>
    setSearch(searchOf({ ...filtersFrom(new URLSearchParams(window.location.search)), ...next }));
  const delegations = useDelegationChoices(true);
  const dashboard = useQuery({
    queryKey: ['dashboard', filters],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await answer(
        api.GET('/api/dashboard', { params: { query: filters } }),
      )) as unknown as DashboardView,
  });
  const words: ChartWords = {
    onTime: t('dashboard.onTimeRate'),
    overdue: t('dashboard.overdue'),
    issued: t('dashboard.issued'),
    closed: t('dashboard.closed'),
    open: t('dashboard.openAtEnd'),
    number: (value) => number(value),
  };
  const view = dashboard.data;
  const agencyOption = useMemo(
    () => (view ? agencyChart(view.agencies, words) : undefined),
    // The words change with the language, the figures with the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, t],
  );
  const monthOption = useMemo(
    () => (view ? monthChart(view.recommendations.byMonth, words) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, t],
  );
  const share = view ? percentOf(view.recommendations.implementedShareOfDue) : null;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('menu.dashboard')}</Title>
        <Text c="dimmed">
          {view ? t('dashboard.intro', { date: formatDate(view.asOf) }) : t('app.loading')}
        </Text>
      </Stack>
      <Card withBorder padding="md" component="section" aria-label={t('dashboard.filters')}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('dashboard.delegation')}
            placeholder={t('dashboard.anyDelegation')}
            data={delegations.data ?? []}
            value={filters.delegationId ?? null}
            onChange={(delegationId) => change({ delegationId: delegationId ?? undefined })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('dashboard.clearDelegation') }}
            w={320}
          />
          <AgencySelect
            label={t('dashboard.agency')}
            value={filters.agencyId ?? null}
            onChange={(agencyId) => change({ agencyId: agencyId ?? undefined })}
            clearable
            w={320}
          />
          <SourceFilters filters={filters} change={change} />
          <DateField
            label={t('dashboard.from')}
            value={filters.from ?? null}
            onChange={(from) => change({ from: from ?? undefined })}
            w={180}
          />
          <DateField
            label={t('dashboard.to')}
            value={filters.to ?? null}
            onChange={(to) => change({ to: to ?? undefined })}
            w={180}
          />
          <Button variant="subtle" onClick={() => setSearch(new URLSearchParams())}>
            {t('dashboard.clear')}
          </Button>
        </Group>
      </Card>
      <SessionReportCard filters={filters} />
      {dashboard.error ? (
        <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : !view ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <Stack gap="lg" data-testid="dashboard" aria-busy={dashboard.isFetching}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Figure
              label={t('dashboard.total')}
              value={number(view.recommendations.total)}
              to={trackerLink(filters)}
            />
            <Figure
              label={t('dashboard.overdue')}
              value={number(view.recommendations.overdue)}
              to={trackerLink(filters, { overdue: true })}
            />
            <Figure
              label={t('dashboard.implementedShare')}
              value={share === null ? '—' : `${number(share)}%`}
              to={trackerLink(filters, { status: 'implemented' })}
            />
            <Figure
              label={t('dashboard.openObstacles')}
              value={number(view.obstacles.open)}
              to={obstaclesLink(filters)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="by-status">
              <Title order={3} size="h4" mb="sm" id="by-status">
                {t('dashboard.byStatus')}
              </Title>
              <Table>
                <Table.Tbody>
                  {STATUSES.map((status) => {
                    const label = statusLabel(status);
                    const count = view.recommendations.byStatus[status] ?? 0;
                    return (
                      <Table.Tr key={status}>
                        <Table.Td>
                          <Anchor component={Link} to={trackerLink(filters, { status })} size="sm">
                            {label ? t(label) : status}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{number(count)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Card>
            <div style={{ gridColumn: 'span 2' }}>
              <ChartWithTable
                title={t('dashboard.agenciesTitle')}
                chart={
                  agencyOption && (
                    <EChart
                      option={agencyOption}
                      height={Math.max(220, Math.min(view.agencies.length, 15) * 36 + 60)}
                      summary={t('dashboard.agenciesSummary', { n: view.agencies.length })}
                    />
                  )
                }
                table={
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('dashboard.agency')}</Table.Th>
                        <Table.Th ta="right">{t('dashboard.received')}</Table.Th>
                        <Table.Th ta="right">{t('dashboard.onTimeRate')}</Table.Th>
                        <Table.Th ta="right">{t('dashboard.overdue')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {view.agencies.map((agency) => {
                        const rate = percentOf(agency.onTimeRate);
                        return (
                          <Table.Tr key={agency.agencyId}>
                            <Table.Td>
                              <Anchor
                                component={Link}
                                to={`/agencies/${agency.agencyId}`}
                                size="sm"
                              >
                                {agency.name}
                              </Anchor>
                            </Table.Td>
                            <Table.Td ta="right">{number(agency.received)}</Table.Td>
                            <Table.Td ta="right">
                              {rate === null ? '—' : `${number(rate)}%`}
                            </Table.Td>
                            <Table.Td ta="right">
                              <Anchor
                                component={Link}
                                to={trackerLink(filters, {
                                  overdue: true,
                                  agencyId: agency.agencyId,
                                })}
                                size="sm"
                              >
                                {number(agency.overdue)}
                              </Anchor>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                }
              />
            </div>
          </SimpleGrid>
          <ChartWithTable
            title={t('dashboard.monthsTitle')}
            chart={
              monthOption && (
                <EChart
                  option={monthOption}
                  height={320}
                  summary={t('dashboard.monthsSummary', {
                    n: view.recommendations.byMonth.length,
                  })}
                />
              )
            }
            table={
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dashboard.month')}</Table.Th>
                    <Table.Th ta="right">{t('dashboard.issued')}</Table.Th>
                    <Table.Th ta="right">{t('dashboard.closed')}</Table.Th>
                    <Table.Th ta="right">{t('dashboard.openAtEnd')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.recommendations.byMonth.map((month) => (
                    <Table.Tr key={month.month}>
                      <Table.Td>{monthLabel(month.month)}</Table.Td>
                      <Table.Td ta="right">{number(month.issued)}</Table.Td>
                      <Table.Td ta="right">{number(month.closed)}</Table.Td>
                      <Table.Td ta="right">{number(month.openAtEnd)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            }
          />
        </Stack>
      )}
    </Stack>
  );
};
