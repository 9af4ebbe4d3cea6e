import { Button, Card, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { Fact } from '../../components/Fact';
import { PagePart } from '../../components/PagePart';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { agencyName } from '../delegations/delegation-view';
import { supervisorText } from '../delegations/supervisor-text';
import { AgendaCases } from '../sources/AgendaCases';
import { ConclusionPart } from '../sources/ConclusionPart';
import { FollowedItems } from '../sources/FollowedItems';
import { ItemForm } from '../sources/ItemForm';
import { LoadedView } from '../sources/LoadedView';
import { SourceConclusionForm } from '../sources/SourceConclusionForm';
import { SourceHeading } from '../sources/SourceHeading';
import type { ExplanationSessionView } from '../sources/source-view';
import { useSourceView } from '../sources/useSourceView';

type Form = 'conclusion' | 'item';

/** The session, its agenda, conclusion and items, with the secretariat's forms. */
const ExplanationSession = ({
  session,
  recorded,
}: {
  session: ExplanationSessionView;
  recorded: (position: number) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const role = useSession().session?.user.role;
  const [open, setOpen] = useState<Form | null>(null);
  const close = (answered?: { position: number }) => {
    setOpen(null);
    if (answered) recorded(answered.position);
  };
  const concluded = session.concludedOn !== null;
  /** The button that opens a form, for a reader who may use it now. */
  const opener = (form: Form, allowed: boolean, label: string) =>
    allowed && open !== form ? (
      <Button variant="light" size="sm" onClick={() => setOpen(form)}>
        {label}
      </Button>
    ) : undefined;
  const path = { params: { path: { id: session.id } } };
  return (
    <Stack gap="xl" maw={1040}>
      <SourceHeading
        back={{ to: '/explanation-sessions', label: t('explanationSessions.list.title') }}
        title={session.issue}
        concludedOn={session.concludedOn}
      >
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Fact label={t('explanationSessions.fields.agency')}>{agencyName(session.agency)}</Fact>
            <Fact label={t('explanationSessions.fields.heldOn')}>{formatDate(session.heldOn)}</Fact>
            <Fact label={t('explanationSessions.fields.supervisor')}>
              {supervisorText(t, session.supervisor)}
            </Fact>
          </SimpleGrid>
        </Card>
      </SourceHeading>

      {session.agenda.length > 0 && (
        <PagePart title={t('explanationSessions.view.agenda')} count={session.agenda.length}>
          <AgendaCases agenda={session.agenda} />
        </PagePart>
      )}

      <ConclusionPart
        title={t('explanationSessions.view.conclusion')}
        notYet={t('explanationSessions.view.notConcluded')}
        concludedOn={session.concludedOn}
        conclusion={session.conclusion}
        action={opener(
          'conclusion',
          !concluded && can(role, 'recordExplanationConclusion'),
          t('sources.conclusion.form'),
        )}
        form={
          open === 'conclusion' && (
            <SourceConclusionForm
              schema="RecordExplanationConclusionDto"
              send={(body, headers) =>
                answer(
                  api.POST('/api/explanation-sessions/{id}/conclusion', { ...path, body, headers }),
                )
              }
              invalidates="explanation-sessions"
              onDone={close}
            />
          )
        }
      />

      <PagePart
        title={t('sources.items.title')}
        count={session.recommendations.length}
        empty={
          concluded ? t('sources.items.none') : t('explanationSessions.view.itemsAfterConclusion')
        }
        // An item follows from the conclusion: the API refuses one before it is on record.
        action={opener(
          'item',
          concluded && can(role, 'issueFromExplanationSession'),
          t('sources.items.form'),
        )}
        form={
          open === 'item' && (
            <ItemForm
              schema="IssueFromExplanationSessionDto"
              agenda={session.agenda}
              send={(body, headers) =>
                answer(
                  api.POST('/api/explanation-sessions/{id}/recommendations', {
                    ...path,
                    body,
                    headers,
                  }),
                )
              }
              onDone={close}
            />
          )
        }
      >
        <FollowedItems items={session.recommendations} />
      </PagePart>
    </Stack>
  );
};

/** /explanation-sessions/:id — one explanation session. */
export const ExplanationSessionPage = () => {
  usePageTitle('menu.explanationSessions');
  const api = useApi();
  const { id = '' } = useParams();
  const { view, recorded } = useSourceView(
    'explanation-sessions',
    id,
    async (minPosition) =>
      // The API's document leaves this answer untyped (source-view.ts says why).
      (await answer(
        api.GET('/api/explanation-sessions/{id}', {
          params: { path: { id }, query: { ...(minPosition !== undefined && { minPosition }) } },
        }),
      )) as unknown as ExplanationSessionView,
  );
  return (
    <LoadedView query={view}>
      {(session) => <ExplanationSession session={session} recorded={recorded} />}
    </LoadedView>
  );
};
