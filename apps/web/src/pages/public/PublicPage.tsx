import {
  Anchor,
  Badge,
  Box,
  Card,
  Container,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { statusLabel } from '../tracker/recommendation-summary';

type PublicDelegation = components['schemas']['PublicDelegation'];
type PublicRecommendation = components['schemas']['PublicRecommendation'];
type Person = components['schemas']['PublicDelegation']['chair'];

/** Each status in plain words, for a reader who does not know the council's process. */
const EXPLAINED = {
  'awaiting-response': 'publicPage.explained.awaiting-response',
  accepted: 'publicPage.explained.accepted',
  'partially-accepted': 'publicPage.explained.partially-accepted',
  rejected: 'publicPage.explained.rejected',
  'in-progress': 'publicPage.explained.in-progress',
  'reported-done': 'publicPage.explained.reported-done',
  implemented: 'publicPage.explained.implemented',
  'partially-implemented': 'publicPage.explained.partially-implemented',
  'not-implemented': 'publicPage.explained.not-implemented',
  'no-longer-applicable': 'publicPage.explained.no-longer-applicable',
} as const;

const explained = (status: string) =>
  EXPLAINED[status as keyof typeof EXPLAINED] as
    (typeof EXPLAINED)[keyof typeof EXPLAINED] | undefined;

/**
 * The badge's colour: green for what was carried out, red for what was refused or not done,
 * grey while no answer came, blue for the rest (in hand). Not the council's red for everything:
 * a citizen reads red as "bad".
 */
const statusColor = (status: string) =>
  status === 'implemented'
    ? 'green.9'
    : ['not-implemented', 'rejected'].includes(status)
      ? 'red.9'
      : status === 'awaiting-response'
        ? 'gray.8'
        : 'blue.9';

const personText = (person: Person) =>
  person.position ? `${person.name} — ${person.position}` : person.name;

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} c="gray.7">
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </div>
);

const Recommendation = ({
  recommendation,
  number,
}: {
  recommendation: PublicRecommendation;
  number: number;
}) => {
  const { t } = useTranslation();
  const status = statusLabel(recommendation.status);
  const plain = explained(recommendation.status);
  const response = recommendation.response as {
    position: string;
    respondedOn: string;
    text: string;
  } | null;
  const position = response ? statusLabel(response.position) : undefined;
  return (
    <Paper withBorder p="md" radius="sm" component="li" data-testid="public-recommendation">
      <Stack gap="sm">
        <Text size="sm" fw={600} c="gray.7">
          {t('publicPage.recommendation', { number })}
        </Text>
        <Text fw={500}>{recommendation.text}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Fact label={t('publicPage.addressee')}>{recommendation.addressee}</Fact>
          <Fact label={t('publicPage.issuedOn')}>{formatDate(recommendation.issuedOn)}</Fact>
          <Fact label={t('publicPage.responseDueOn')}>
            {formatDate(recommendation.responseDueOn)}
          </Fact>
          <Fact label={t('publicPage.status')}>
            <Stack gap={2} align="flex-start">
              {status && (
                <Badge variant="filled" color={statusColor(recommendation.status)}>
                  {t(status)}
                </Badge>
              )}
              {plain && <Text size="sm">{t(plain)}</Text>}
            </Stack>
          </Fact>
        </SimpleGrid>
        <Box bg="gray.0" p="sm" style={{ borderRadius: 4 }}>
          {response ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('publicPage.response', { date: formatDate(response.respondedOn) })}
                {position && ` — ${t(position)}`}
              </Text>
              <Text size="sm">{response.text}</Text>
            </Stack>
          ) : (
            <Text size="sm">{t('publicPage.noResponse')}</Text>
          )}
        </Box>
      </Stack>
    </Paper>
  );
};

const Delegation = ({ delegation }: { delegation: PublicDelegation }) => {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      shadow="xs"
      padding="lg"
      component="article"
      aria-labelledby={`dgs-${delegation.id}`}
      data-testid="public-delegation"
    >
      <Stack gap="md">
        <Stack gap={6}>
          <Title order={2} size="h3" id={`dgs-${delegation.id}`}>
            {delegation.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={delegation.status === 'concluded' ? 'gray' : 'council'}>
              {delegation.status === 'concluded'
                ? t('publicPage.delegationStatus.concluded', {
                    date: formatDate(delegation.concludedOn ?? ''),
                  })
                : t('publicPage.delegationStatus.established')}
            </Badge>
            <Text size="sm" c="gray.7">
              {t('publicPage.publishedOn', { date: formatDate(delegation.publishedOn) })}
            </Text>
          </Group>
          <Text>{delegation.topic}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label={t('publicPage.resolution')}>
            {t('publicPage.resolutionText', {
              number: delegation.legalBasis.number,
              date: formatDate(delegation.legalBasis.issuedOn),
              issuer: delegation.legalBasis.issuedBy,
            })}
          </Fact>
          <Fact label={t('publicPage.period')}>
            {t('publicPage.periodText', {
              from: formatDate(delegation.periodFrom),
              to: formatDate(delegation.periodTo),
            })}
          </Fact>
          <Fact label={t('publicPage.chair')}>{personText(delegation.chair)}</Fact>
          <Fact label={t('publicPage.members')}>
            {delegation.members.length === 0 ? (
              t('publicPage.noMembers')
            ) : (
              <List size="sm">
                {delegation.members.map((member, index) => (
                  <List.Item key={index}>{personText(member)}</List.Item>
                ))}
              </List>
            )}
          </Fact>
          <Fact label={t('publicPage.basis')}>{delegation.publicationBasis}</Fact>
        </SimpleGrid>
        <Stack gap="sm" component="section" aria-label={t('publicPage.recommendations')}>
          <Title order={3} size="h4">
            {t('publicPage.recommendations')} ({delegation.recommendations.length})
          </Title>
          {delegation.recommendations.length === 0 ? (
            <Text c="gray.7">{t('publicPage.noRecommendations')}</Text>
          ) : (
            <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {delegation.recommendations.map((recommendation, index) => (
                <Recommendation
                  key={recommendation.id}
                  recommendation={recommendation}
                  number={index + 1}
                />
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Card>
  );
};

const Loading = () => {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" />
      <Text>{t('app.loading')}</Text>
    </Group>
  );
};

/** One published delegation, read on its own (each answer is cached by its ETag). */
const PublishedDelegation = ({ id }: { id: string }) => {
  const api = useApi();
  const view = useQuery({
    queryKey: ['public', 'delegation', id],
    queryFn: () => answer(api.GET('/api/public/delegations/{id}', { params: { path: { id } } })),
  });
  if (view.error) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Loading />;
  return <Delegation delegation={view.data} />;
};

/**
 * /cong-khai — what the council made public, for anyone, without signing in: each published
 * delegation and its recommendations with their addressee, deadline, response and status.
 */
export const PublicPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const title = `${t('publicPage.title')} — ${t('app.council')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  const list = useQuery({
    queryKey: ['public', 'delegations'],
    queryFn: () => answer(api.GET('/api/public/delegations')),
  });
  return (
    <Box bg="gray.0" mih="100vh">
      <Group justify="space-between" p="md" component="header" wrap="wrap" gap="sm">
        <Text size="sm" c="council.8" fw={600} tt="uppercase">
          {t('app.council')}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('publicPage.signIn')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Group>
      <Container size="lg" component="main" pb="xl" px="md">
        <Stack gap="lg">
          <Stack gap="xs">
            <Title order={1}>{t('publicPage.title')}</Title>
            <Text maw={760}>{t('publicPage.intro')}</Text>
          </Stack>
          {list.error ? (
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : !list.data ? (
            <Loading />
          ) : list.data.items.length === 0 ? (
            <Card withBorder padding="lg">
              <Text>{t('publicPage.none')}</Text>
            </Card>
          ) : (
            list.data.items.map((item) => <PublishedDelegation key={item.id} id={item.id} />)
          )}
        </Stack>
      </Container>
    </Box>
  );
};
