import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { writtenPosition } from '../../api/written-position';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatNumber } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { STATUS_LABELS as CASE_STATUS_LABELS } from '../tracker/recommendation-summary';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { LEVEL_LABELS, type AgencyCase, type AgencyDetail } from './agency';
import { meanDays, onTimePercent } from './scorecard';
import { SuccessionForm } from './SuccessionForm';

/** Cases shown per page on the agency's page. */
const CASES_PAGE = 10;

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="sm" c="gray.7" fw={500}>
      {label}
    </Text>
    <div>{children}</div>
  </Stack>
);

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Card withBorder padding="sm">
    <Text size="sm" c="gray.7">
      {label}
    </Text>
    <Text fw={700} size="xl">
      {value}
    </Text>
  </Card>
);

/** How many recommendations addressed to the agency are overdue today. */
const useOverdue = (agencyId: string, enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['recommendations', 'agency', agencyId, 'overdue'],
    queryFn: async () =>
      (
        await answer(
          api.GET('/api/recommendations', {
            params: { query: { agencyId, overdue: true, pageSize: 1, ...writtenPosition() } },
          }),
        )
      ).total,
    enabled,
  });
};

/**
 * The scorecard: how the agency answers the council, with what is overdue now (for those who
 * may read its cases).
 */
const ScorecardSection = ({
  agency,
  overdue,
}: {
  agency: AgencyDetail;
  /** Null: the reader may not list the agency's cases. */
  overdue: number | undefined | null;
}) => {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const card = agency.scorecard;
  const n = (value: number) => formatNumber(value, language);
  return (
    <Stack gap="sm" component="section" aria-labelledby="agency-scorecard">
      <Title order={3} size="h4" id="agency-scorecard">
        {t('agencies.scorecard.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure
          label={t('agencies.scorecard.onTimeRate')}
          value={onTimePercent(card, language) ?? t('agencies.scorecard.notYet')}
        />
        <Figure label={t('agencies.scorecard.respondedOnTime')} value={n(card.respondedOnTime)} />
        <Figure label={t('agencies.scorecard.late')} value={n(card.late)} />
        {overdue !== null && (
          <Figure
            label={t('agencies.scorecard.overdue')}
            value={overdue === undefined ? '…' : n(overdue)}
          />
        )}
        <Figure label={t('agencies.scorecard.received')} value={n(card.received)} />
        <Figure label={t('agencies.scorecard.open')} value={n(card.open)} />
        <Figure
          label={t('agencies.scorecard.meanDays')}
          value={meanDays(card, language) ?? t('agencies.scorecard.notYet')}
        />
        <Figure
          label={t('agencies.scorecard.passed')}
          value={`${n(card.passedIn)} / ${n(card.passedOn)}`}
        />
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t('agencies.scorecard.note')}
      </Text>
    </Stack>
  );
};

/** Recommendations addressed to the agency (as original or current addressee), a page at a time. */
const CasesSection = ({ agency }: { agency: AgencyDetail }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [page, setPage] = useState(1);
  const cases = useQuery({
    queryKey: ['recommendations', 'agency', agency.id, page],
    queryFn: async () => {
      const answered = await answer(
        api.GET('/api/recommendations', {
          params: {
            query: {
              agencyId: agency.id,
              page,
              pageSize: CASES_PAGE,
              sort: 'responseDueOn',
              ...writtenPosition(),
            },
          },
        }),
      );
      return { items: answered.items as unknown as AgencyCase[], total: answered.total };
    },
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="agency-cases">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4" id="agency-cases">
          {t('agencies.cases.title')}
        </Title>
        <Anchor component={Link} to={`/obstacles?agencyId=${encodeURIComponent(agency.id)}`}>
          {t('agencies.cases.obstacles')}
        </Anchor>
      </Group>
      {cases.error ? (
        <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : !cases.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : cases.data.items.length === 0 ? (
        <Text c="gray.7">{t('agencies.cases.none')}</Text>
      ) : (
        <>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {cases.data.items.map((item) => {
              const status = CASE_STATUS_LABELS[item.status as keyof typeof CASE_STATUS_LABELS];
              const passedOn = item.addresseeAgencies.current.id !== agency.id;
              return (
                <Card key={item.id} withBorder padding="sm" component="li">
                  <Anchor component={Link} to={`/recommendations/${item.id}`} lineClamp={2}>
                    {item.text}
                  </Anchor>
                  <Group gap="xs" mt={6}>
                    {status && (
                      <Badge color="gray" variant="outline">
                        {t(status)}
                      </Badge>
                    )}
                    {item.overdue && (
                      <Badge color="red.9" variant="outline">
                        {t('agencies.cases.overdue')}
                      </Badge>
                    )}
                    <Text size="sm" c="gray.7">
                      {t('agencies.cases.dueOn', { date: formatDate(item.responseDueOn) })}
                    </Text>
                  </Group>
                  {passedOn && (
                    <Text size="sm" c="gray.7" mt={4}>
                      {t('agencies.cases.passedTo', {
                        name:
                          item.addresseeAgencies.current.name ?? item.addresseeAgencies.current.id,
                      })}
                    </Text>
                  )}
                </Card>
              );
            })}
          </Stack>
          <Pager page={page} pageSize={CASES_PAGE} total={cases.data.total} onPage={setPage} />
        </>
      )}
    </Stack>
  );
};

/**
 * One agency: its level and place, its merger both ways (the agency that took over its cases,
 * the agencies merged into it), its scorecard and the recommendations addressed to it; the
 * secretariat records its succession here.
 */
export const AgencyPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.agencies');
  const api = useApi();
  const { id = '' } = useParams();
  const { session } = useSession();
  const [recording, setRecording] = useState(false);
  // An agency's officer reads only its own agency's cases (the API refuses the others).
  const role = session?.user.role;
  const ownAgency = (session?.user as { agencyId?: string } | undefined)?.agencyId;
  const readsCases = role !== undefined && (role !== 'agency' || ownAgency === id);
  const overdue = useOverdue(id, readsCases);
  const agency = useQuery({
    queryKey: ['agency', id],
    queryFn: async () =>
      (await answer(
        api.GET('/api/agencies/{id}', {
          // Another agency's succession changes this one's predecessors: read past it.
          params: { path: { id }, query: writtenPosition() },
        }),
      )) as unknown as AgencyDetail,
  });
  if (agency.error)
    return (
      <Stack gap="lg" maw={1000}>
        <Title order={2}>{t('agencies.one')}</Title>
        <ProblemAlert error={agency.error} onRetry={() => void agency.refetch()} />
      </Stack>
    );
  if (!agency.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  const a = agency.data;
  const mayRecord = can(role, 'recordSuccession') && a.succession === null;
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to="/agencies" size="sm">
        ← {t('agencies.backToList')}
      </Anchor>
      <Stack gap="xs">
        <Title order={2}>{a.name}</Title>
        <Group gap="xs">
          <Badge color="gray" variant="outline">
            {t(LEVEL_LABELS[a.level])}
          </Badge>
        </Group>
      </Stack>
      {a.succession && a.successor && (
        // A dark orange: Mantine's orange.9 is below 4.5:1 on white.
        <Alert color="#a63c06" variant="outline" title={t('agencies.successorTitle')}>
          <Text size="sm">
            {t('agencies.successorBody', { date: formatDate(a.succession.effectiveOn) })}{' '}
            <Anchor component={Link} to={`/agencies/${a.successor.id}`} fw={600}>
              {a.successor.name ?? a.successor.id}
            </Anchor>
          </Text>
          <Text size="sm">
            {t('agencies.basis')}: {a.succession.basis}
          </Text>
        </Alert>
      )}
      <Card withBorder padding="lg" component="section" aria-label={t('agencies.facts')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label={t('agencies.registeredOn')}>{formatDate(a.registeredOn)}</Fact>
          <Fact label={t('agencies.parent')}>
            {a.parent ? (
              <Anchor component={Link} to={`/agencies/${a.parent.id}`}>
                {a.parent.name ?? a.parent.id}
              </Anchor>
            ) : (
              t('agencies.noParent')
            )}
          </Fact>
        </SimpleGrid>
      </Card>
      <ScorecardSection agency={a} overdue={readsCases ? overdue.data : null} />
      {readsCases && <CasesSection agency={a} />}
      <Stack gap="sm" component="section" aria-labelledby="agency-succession">
        <Title order={3} size="h4" id="agency-succession">
          {t('agencies.succession.section')}
        </Title>
        {a.predecessors.length === 0 && !a.succession && (
          <Text c="gray.7">{t('agencies.succession.none')}</Text>
        )}
        {a.succession && a.successor && (
          <Text>
            {t('agencies.succession.passedTo', { date: formatDate(a.succession.effectiveOn) })}{' '}
            <Anchor component={Link} to={`/agencies/${a.successor.id}`}>
              {a.successor.name ?? a.successor.id}
            </Anchor>
          </Text>
        )}
        {a.predecessors.length > 0 && (
          <Stack gap={4}>
            <Text>{t('agencies.succession.predecessors')}</Text>
            <List>
              {a.predecessors.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/agencies/${p.id}`}>
                    {p.name}
                  </Anchor>{' '}
                  —{' '}
                  {t('agencies.succession.from', {
                    date: formatDate(p.effectiveOn),
                    basis: p.basis,
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {mayRecord && !recording && (
          <Group>
            <Button variant="light" onClick={() => setRecording(true)}>
              {t('agencies.succession.button')}
            </Button>
          </Group>
        )}
        {mayRecord && recording && <SuccessionForm agency={a} onDone={() => setRecording(false)} />}
      </Stack>
    </Stack>
  );
};
