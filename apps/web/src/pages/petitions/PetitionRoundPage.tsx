import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { supervisorText } from '../delegations/supervisor-text';
import { SessionPart } from '../interpellations/SessionPart';
import { AddPetitionsForm } from './AddPetitionsForm';
import { PetitionCard } from './PetitionCard';
import { PetitionImportPanel } from './PetitionImportPanel';
import type { PetitionRoundView } from './petition-view';
import { RoundReportTable } from './RoundReportTable';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} c="gray.7">
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </div>
);

type RoundForm = 'add' | 'import';

/** The round, its petitions and the report by agency, with the forms the reader may use. */
const Round = ({
  round,
  position,
  recorded,
}: {
  round: PetitionRoundView;
  position: number | undefined;
  recorded: (position: number) => void;
}) => {
  const { t } = useTranslation();
  const role = useSession().session?.user.role;
  const [open, setOpen] = useState<RoundForm | null>(null);
  const close = (answered?: { position: number }) => {
    setOpen(null);
    if (answered) recorded(answered.position);
  };
  const actions = open === null && (
    <Group gap="xs">
      {can(role, 'recordPetitions') && (
        <Button variant="light" size="sm" onClick={() => setOpen('add')}>
          {t('petitions.add.title')}
        </Button>
      )}
      {can(role, 'importPetitions') && (
        <Button variant="light" size="sm" onClick={() => setOpen('import')}>
          {t('petitions.import.title')}
        </Button>
      )}
    </Group>
  );
  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Anchor component={Link} to="/petition-rounds" size="sm">
          ← {t('petitions.list.title')}
        </Anchor>
        <Title order={2}>{round.title}</Title>
      </Stack>

      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <Fact label={t('petitions.fields.meeting')}>{round.meeting}</Fact>
          <Fact label={t('petitions.fields.forwardedOn')}>{formatDate(round.forwardedOn)}</Fact>
          <Fact label={t('petitions.fields.answerDueOn')}>{formatDate(round.answerDueOn)}</Fact>
          <Fact label={t('delegations.supervisor.legend')}>
            {supervisorText(t, round.supervisor)}
          </Fact>
        </SimpleGrid>
        {can(role, 'answerPetitions') && round.petitions.length > 0 && (
          <Group mt="md">
            <Button component={Link} to={`/petition-answers/${round.id}`} variant="light">
              {t('petitions.answer.title')}
            </Button>
          </Group>
        )}
      </Card>

      <SessionPart
        title={t('petitions.petitions.title')}
        count={round.petitions.length}
        empty={t('petitions.petitions.none')}
        action={actions || undefined}
        form={
          open === 'add' ? (
            <AddPetitionsForm roundId={round.id} onDone={close} />
          ) : open === 'import' ? (
            <PetitionImportPanel roundId={round.id} onClose={() => close()} />
          ) : undefined
        }
      >
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {round.petitions.map((petition, index) => (
            <PetitionCard key={petition.id} petition={petition} number={index + 1} />
          ))}
        </Stack>
      </SessionPart>

      <SessionPart title={t('petitions.report.title')}>
        <RoundReportTable roundId={round.id} position={position} />
      </SessionPart>
    </Stack>
  );
};

/** /petition-rounds/:id — the round's page. */
export const PetitionRoundPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.petitions');
  const api = useApi();
  const { id = '' } = useParams();
  // After a form records, the page asks the API to wait until it can show it (?minPosition=).
  const [position, setPosition] = useState<number | undefined>(undefined);
  const view = useQuery({
    queryKey: ['petition-rounds', 'view', id, position],
    queryFn: async () =>
      // The API's document leaves this answer untyped (petition-view.ts says why).
      (await answer(
        api.GET('/api/petition-rounds/{id}', {
          params: {
            path: { id },
            query: { ...(position !== undefined && { minPosition: position }) },
          },
        }),
      )) as unknown as PetitionRoundView,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
    // A petition's item is issued to the register just after the petition is recorded: until
    // every one has its item, the page looks again shortly.
    refetchInterval: (query) =>
      query.state.data?.petitions.some((p) => p.recommendation === null) ? 1000 : false,
  });
  if (view.error) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  return <Round round={view.data} position={position} recorded={setPosition} />;
};
