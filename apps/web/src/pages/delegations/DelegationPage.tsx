import {
  Anchor,
  Box,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { Fact } from '../../components/Fact';
import { PagePart } from '../../components/PagePart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { useSession } from '../../session/SessionProvider';
import { AsOfBanner, notRecordedYet } from '../../time-travel/AsOfBanner';
import { TimeTravelPanel } from '../../time-travel/TimeTravelPanel';
import { useAsOf } from '../../time-travel/use-as-of';
import { delegationChanges } from './delegation-changes';
import { usePageTitle } from '../../shell/page-title';
import { statusLabel } from '../tracker/recommendation-summary';
import { ConclusionForm } from './ConclusionForm';
import { delegationForms, type DelegationForm } from './delegation-actions';
import {
  agencyName,
  delegationStatusLabel,
  findingKindLabel,
  obstacleStatusLabel,
  type DelegationView,
  type Finding,
  type Person,
} from './delegation-view';
import { FindingForm } from './FindingForm';
import { indicatorFigures } from './indicator';
import { PublicationPart } from './PublicationPart';
import { RecommendationForm } from './RecommendationForm';
import { SurveyForm } from './SurveyForm';
import { supervisorText } from './supervisor-text';
import { WorkingGroupForm } from './WorkingGroupForm';

const personText = (person: Person) =>
  person.position.trim() === '' ? person.name : `${person.name}, ${person.position}`;

const FindingCard = ({ finding }: { finding: Finding }) => {
  const { t, i18n } = useTranslation();
  const kind = findingKindLabel(finding.kind);
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return (
    <Card withBorder padding="md" component="li">
      <Group gap="xs" mb={4}>
        {kind && (
          <Badge
            variant="filled"
            color={
              finding.kind === 'achievement'
                ? '#1b5e20'
                : finding.kind === 'obstacle'
                  ? 'violet.9'
                  : 'red.9'
            }
          >
            {t(kind)}
          </Badge>
        )}
        <Text size="sm" c="gray.7">
          {agencyName(finding.agency)} · {formatDate(finding.recordedOn)}
        </Text>
      </Group>
      <Text>{finding.statement}</Text>
      {finding.indicators.length > 0 && (
        <Table mt="xs" withTableBorder striped={false} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delegations.findings.indicator')}</Table.Th>
              <Table.Th>{t('delegations.findings.period')}</Table.Th>
              <Table.Th>{t('delegations.findings.figures')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {finding.indicators.map((indicator, index) => (
              <Table.Tr key={index}>
                <Table.Td>{indicator.name}</Table.Td>
                <Table.Td>{indicator.period}</Table.Td>
                <Table.Td>
                  {indicatorFigures(indicator, language, {
                    rank: (rank, rankOf) => t('delegations.findings.rank', { rank, rankOf }),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {finding.obstacleId && (
        <Anchor component={Link} to={`/obstacles/${finding.obstacleId}`} size="sm" mt={4}>
          {t('delegations.findings.obstacleLink')}
        </Anchor>
      )}
    </Card>
  );
};

const listStyle = { listStyle: 'none' } as const;

/** The delegation and everything recorded under it, with the forms of what can be done next. */
const Delegation = ({
  delegation,
  recorded,
  readOnly,
}: {
  delegation: DelegationView;
  /** A form recorded something at this log position: the page reads at least that far. */
  recorded: (position: number) => void;
  /** A past state of the delegation: read, never acted on (no forms). */
  readOnly: boolean;
}) => {
  const { t } = useTranslation();
  const { session } = useSession();
  const [open, setOpen] = useState<DelegationForm | null>(null);
  const forms = readOnly
    ? []
    : delegationForms(session?.user.role, delegation.status, delegation.findings.length);
  const status = delegationStatusLabel(delegation.status);
  const close = (answer?: { position: number }) => {
    setOpen(null);
    if (answer) recorded(answer.position);
  };
  /** The button that opens a form, for a reader who may use it now. */
  const opener = (form: DelegationForm, label: string) =>
    forms.includes(form) && open !== form ? (
      <Button variant="light" size="sm" onClick={() => setOpen(form)}>
        {label}
      </Button>
    ) : undefined;
  const groupName = (id: string | null) => {
    const group = delegation.workingGroups.find((candidate) => candidate.id === id);
    return group ? t('delegations.workingGroups.name', { number: group.number }) : undefined;
  };

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Anchor component={Link} to="/delegations" size="sm">
          ← {t('delegations.list.title')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={2}>{delegation.title}</Title>
          {status && (
            <Badge color={delegation.status === 'concluded' ? 'gray' : 'council'} variant="light">
              {t(status)}
            </Badge>
          )}
        </Group>
        <Text>{delegation.topic}</Text>
      </Stack>

      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label={t('delegations.view.basis')}>
            {t('delegations.view.basisText', {
              number: delegation.legalBasis.number,
              date: formatDate(delegation.legalBasis.issuedOn),
              issuer: delegation.legalBasis.issuedBy,
            })}
          </Fact>
          <Fact label={t('delegations.supervisor.legend')}>
            {supervisorText(t, delegation.supervisor)}
          </Fact>
          <Fact label={t('delegations.view.period')}>
            {t('delegations.view.periodText', {
              from: formatDate(delegation.periodFrom),
              to: formatDate(delegation.periodTo),
            })}
          </Fact>
          <Fact label={t('delegations.fields.chair')}>{personText(delegation.chair)}</Fact>
          <Fact label={t('delegations.fields.members')}>
            {delegation.members.length === 0 ? (
              t('delegations.view.noMembers')
            ) : (
              <List size="sm">
                {delegation.members.map((member, index) => (
                  <List.Item key={index}>{personText(member)}</List.Item>
                ))}
              </List>
            )}
          </Fact>
        </SimpleGrid>
      </Card>

      <PagePart
        title={t('delegations.workingGroups.title')}
        count={delegation.workingGroups.length}
        empty={t('delegations.workingGroups.none')}
        action={opener('formWorkingGroup', t('delegations.workingGroups.form'))}
        form={
          open === 'formWorkingGroup' && <WorkingGroupForm delegation={delegation} onDone={close} />
        }
      >
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="sm"
          component="ul"
          p={0}
          m={0}
          style={listStyle}
        >
          {delegation.workingGroups.map((group) => (
            <Card key={group.id} withBorder padding="md" component="li">
              <Text fw={600}>{t('delegations.workingGroups.name', { number: group.number })}</Text>
              <Text size="sm">
                {t('delegations.fields.leader')}: {personText(group.leader)}
              </Text>
              {group.members.length > 0 && (
                <Text size="sm" c="gray.7">
                  {t('delegations.fields.members')}: {group.members.map(personText).join('; ')}
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
      </PagePart>

      <PagePart
        title={t('delegations.surveys.title')}
        count={delegation.surveys.length}
        empty={t('delegations.surveys.none')}
        action={opener('recordSurvey', t('delegations.surveys.form'))}
        form={open === 'recordSurvey' && <SurveyForm delegation={delegation} onDone={close} />}
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
          {delegation.surveys.map((survey) => (
            <Card key={survey.id} withBorder padding="md" component="li">
              <Text fw={600}>
                {formatDate(survey.date)}
                {groupName(survey.workingGroupId) && ` · ${groupName(survey.workingGroupId)}`}
              </Text>
              <Text size="sm">
                {t('delegations.fields.surveyedUnits')}:{' '}
                {survey.agencies.map(agencyName).join('; ')}
              </Text>
              <Text size="sm">
                {t('delegations.fields.surveyChair')}: {personText(survey.chair)}
              </Text>
              {survey.topics.length > 0 && (
                <>
                  <Text size="sm" fw={600} mt={4}>
                    {t('delegations.fields.topics')}
                  </Text>
                  <List size="sm">
                    {survey.topics.map((topic, index) => (
                      <List.Item key={index}>{topic}</List.Item>
                    ))}
                  </List>
                </>
              )}
              {survey.participants.length > 0 && (
                <Text size="sm" c="gray.7" mt={4}>
                  {t('delegations.fields.participants')}: {survey.participants.join('; ')}
                </Text>
              )}
              {survey.notes && (
                <Text size="sm" mt={4}>
                  {survey.notes}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      </PagePart>

      <PagePart
        title={t('delegations.findings.title')}
        count={delegation.findings.length}
        empty={t('delegations.findings.none')}
        action={opener('recordFinding', t('delegations.findings.form'))}
        form={open === 'recordFinding' && <FindingForm delegation={delegation} onDone={close} />}
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
          {delegation.findings.map((finding) => (
            <FindingCard key={finding.id} finding={finding} />
          ))}
        </Stack>
      </PagePart>

      <PagePart
        title={t('delegations.obstacles.title')}
        count={delegation.obstacles.length}
        empty={t('delegations.obstacles.none')}
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
          {delegation.obstacles.map((obstacle) => {
            const label = obstacleStatusLabel(obstacle.status);
            return (
              <Card key={obstacle.id} withBorder padding="md" component="li">
                <Anchor component={Link} to={`/obstacles/${obstacle.id}`}>
                  {obstacle.statement}
                </Anchor>
                <Group gap="xs" mt={4}>
                  {label && (
                    <Badge color="gray" variant="outline">
                      {t(label)}
                    </Badge>
                  )}
                  <Text size="sm" c="gray.7">
                    {agencyName(obstacle.sourceAgency)}
                  </Text>
                </Group>
              </Card>
            );
          })}
        </Stack>
      </PagePart>

      <PagePart
        title={t('delegations.recommendations.title')}
        count={delegation.recommendations.length}
        empty={t('delegations.recommendations.none')}
        action={opener('issueRecommendation', t('delegations.recommendations.form'))}
        form={
          open === 'issueRecommendation' && (
            <RecommendationForm delegation={delegation} onDone={close} />
          )
        }
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
          {delegation.recommendations.map((recommendation) => {
            const label = statusLabel(recommendation.status);
            return (
              <Card key={recommendation.id} withBorder padding="md" component="li">
                <Anchor
                  component={Link}
                  to={`/recommendations/${recommendation.id}`}
                  fw={600}
                  lineClamp={3}
                >
                  {recommendation.text}
                </Anchor>
                <Group gap="xs" mt={4}>
                  {label && (
                    <Badge color="gray" variant="outline">
                      {t(label)}
                    </Badge>
                  )}
                  <Text size="sm" c="gray.7">
                    {agencyName(recommendation.addresseeAgency)} ·{' '}
                    {t('delegations.recommendations.dueOn', {
                      date: formatDate(recommendation.responseDueOn),
                    })}
                  </Text>
                </Group>
              </Card>
            );
          })}
        </Stack>
      </PagePart>

      <PagePart
        title={t('delegations.conclusion.title')}
        action={opener('concludeDelegation', t('delegations.conclusion.form'))}
        form={
          open === 'concludeDelegation' && <ConclusionForm delegation={delegation} onDone={close} />
        }
      >
        {delegation.status === 'concluded' ? (
          <Card withBorder padding="md">
            <Text fw={600}>
              {t('delegations.conclusion.on', { date: formatDate(delegation.concludedOn ?? '') })}
            </Text>
            {delegation.summary && <Text mt={4}>{delegation.summary}</Text>}
          </Card>
        ) : (
          <Text c="gray.7">{t('delegations.conclusion.notYet')}</Text>
        )}
      </PagePart>

      <PublicationPart delegation={delegation} recorded={recorded} />
    </Stack>
  );
};

/** /delegations/:id — the delegation's page, read with its revision for the forms' If-Match. */
export const DelegationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.delegations');
  const api = useApi();
  const { id = '' } = useParams();
  // A recommendation or an obstacle is a case of its own, projected apart from the delegation:
  // after a form records one, the page asks the API to wait until it can show it
  // (read-your-writes, ?minPosition=), so what was just saved is on the page.
  const [position, setPosition] = useState<number | undefined>(undefined);
  const { asOf, show } = useAsOf();
  /** The delegation now (at least as far as this tab wrote), or as recorded up to an instant. */
  const load = async (instant: string | null) =>
    // The API's document leaves this answer untyped (delegation-view.ts says why).
    (await answer(
      api.GET('/api/delegations/{id}', {
        params: {
          path: { id },
          query:
            instant !== null
              ? { asRecordedAt: instant }
              : { ...(position !== undefined && { minPosition: position }) },
        },
      }),
    )) as unknown as DelegationView;
  const view = useQuery({
    queryKey: ['delegations', 'view', id, position, asOf],
    queryFn: () => load(asOf),
    // While reading further, the page keeps showing this delegation (never another one).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });
  if (notRecordedYet(asOf, view.error))
    return <AsOfBanner asOf={asOf} onNow={() => show(null)} missing />;
  if (view.error) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  return (
    <Stack gap="lg">
      {asOf !== null && <AsOfBanner asOf={asOf} onNow={() => show(null)} />}
      <Delegation delegation={view.data} recorded={setPosition} readOnly={asOf !== null} />
      <Box maw={1040}>
        <TimeTravelPanel
          key={asOf ?? 'now'}
          asOf={asOf}
          show={show}
          queryKey={['delegations', 'view', id]}
          load={load}
          changes={(before, after) => delegationChanges(t, before, after)}
        />
      </Box>
    </Stack>
  );
};
