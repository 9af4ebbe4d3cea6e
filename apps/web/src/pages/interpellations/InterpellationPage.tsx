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
import { can, type ActionName } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { supervisorText } from '../delegations/supervisor-text';
import { AgendaCard } from './AgendaCard';
import { FollowedItemCard } from './FollowedItemCard';
import { FollowUpForm } from './FollowUpForm';
import type { InterpellationView } from './interpellation-view';
import { QuestionCard } from './QuestionCard';
import { QuestionForm } from './QuestionForm';
import { ResolutionForm } from './ResolutionForm';
import { SessionPart } from './SessionPart';

type SessionForm =
  'recordInterpellationQuestion' | 'adoptInterpellationResolution' | 'issueFromInterpellation';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} c="gray.7">
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </div>
);

const listStyle = { listStyle: 'none' } as const;

/** The session and what was recorded of it, with the forms the reader may use. */
const Session = ({
  session,
  recorded,
}: {
  session: InterpellationView;
  /** A form recorded something at this log position: the page reads at least that far. */
  recorded: (position: number) => void;
}) => {
  const { t } = useTranslation();
  const role = useSession().session?.user.role;
  const [open, setOpen] = useState<SessionForm | null>(null);
  const close = (answer?: { position: number }) => {
    setOpen(null);
    if (answer) recorded(answer.position);
  };
  /** The button that opens a form, for a reader the API lets send it, while it is closed. */
  const opener = (form: SessionForm, label: string, shown = true) =>
    shown && can(role, form satisfies ActionName) && open !== form ? (
      <Button variant="light" size="sm" onClick={() => setOpen(form)}>
        {label}
      </Button>
    ) : undefined;
  // Questions are numbered as the record has them, so an item can name the one it follows.
  const questionNumber = (id: string | null) => {
    const index = session.questions.findIndex((question) => question.id === id);
    return index < 0 ? undefined : index + 1;
  };
  const { resolution } = session;

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Anchor component={Link} to="/interpellations" size="sm">
          ← {t('interpellations.list.title')}
        </Anchor>
        <Title order={2}>{session.title}</Title>
      </Stack>

      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Fact label={t('interpellations.fields.meeting')}>{session.meeting}</Fact>
          <Fact label={t('interpellations.fields.heldOn')}>{formatDate(session.heldOn)}</Fact>
          <Fact label={t('delegations.supervisor.legend')}>
            {supervisorText(t, session.supervisor)}
          </Fact>
        </SimpleGrid>
      </Card>

      {session.agenda.length > 0 && (
        <SessionPart title={t('interpellations.agenda.title')} count={session.agenda.length}>
          <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
            {session.agenda.map((entry) => (
              <AgendaCard key={entry.recommendationId} entry={entry} />
            ))}
          </Stack>
        </SessionPart>
      )}

      <SessionPart
        title={t('interpellations.questions.title')}
        count={session.questions.length}
        empty={t('interpellations.questions.none')}
        action={opener('recordInterpellationQuestion', t('interpellations.questions.form'))}
        form={
          open === 'recordInterpellationQuestion' && (
            <QuestionForm session={session} onDone={close} />
          )
        }
      >
        <Stack gap="sm" component="ol" p={0} m={0} style={listStyle}>
          {session.questions.map((question, index) => (
            <QuestionCard key={question.id} question={question} number={index + 1} />
          ))}
        </Stack>
      </SessionPart>

      <SessionPart
        title={t('interpellations.resolution.title')}
        empty={t('interpellations.resolution.none')}
        action={opener(
          'adoptInterpellationResolution',
          t('interpellations.resolution.form'),
          resolution === null,
        )}
        form={
          open === 'adoptInterpellationResolution' && (
            <ResolutionForm session={session} onDone={close} />
          )
        }
      >
        {resolution && (
          <Card withBorder padding="md">
            <Text fw={600}>
              {t('interpellations.resolution.basis', {
                number: resolution.number,
                date: formatDate(resolution.issuedOn),
                issuer: resolution.issuedBy,
              })}
            </Text>
            {session.resolutionSummary && (
              <Text mt={4} style={{ whiteSpace: 'pre-line' }}>
                {session.resolutionSummary}
              </Text>
            )}
          </Card>
        )}
      </SessionPart>

      <SessionPart
        title={t('interpellations.items.title')}
        count={session.recommendations.length}
        empty={t('interpellations.items.none')}
        action={opener('issueFromInterpellation', t('interpellations.items.form'))}
        form={
          open === 'issueFromInterpellation' && <FollowUpForm session={session} onDone={close} />
        }
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={listStyle}>
          {session.recommendations.map((item) => (
            <FollowedItemCard
              key={item.id}
              item={item}
              questionNumber={questionNumber(item.questionId)}
            />
          ))}
        </Stack>
      </SessionPart>
    </Stack>
  );
};

/** /interpellations/:id — the session's page. */
export const InterpellationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.interpellations');
  const api = useApi();
  const { id = '' } = useParams();
  // An item followed up is a case of its own, projected apart from the session: after a form
  // records, the page asks the API to wait until it can show it (read-your-writes, ?minPosition=).
  const [position, setPosition] = useState<number | undefined>(undefined);
  const view = useQuery({
    queryKey: ['interpellations', 'view', id, position],
    queryFn: async () =>
      // The API's document leaves this answer untyped (interpellation-view.ts says why).
      (await answer(
        api.GET('/api/interpellations/{id}', {
          params: {
            path: { id },
            query: { ...(position !== undefined && { minPosition: position }) },
          },
        }),
      )) as unknown as InterpellationView,
    // While reading further, the page keeps showing this session (never another one).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });
  if (view.error) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  return <Session session={view.data} recorded={setPosition} />;
};
