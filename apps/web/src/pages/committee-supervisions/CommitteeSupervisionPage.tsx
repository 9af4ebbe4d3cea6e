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
import { supervisorText } from '../delegations/supervisor-text';
import { ConclusionPart } from '../sources/ConclusionPart';
import { FollowedItems } from '../sources/FollowedItems';
import { ItemForm } from '../sources/ItemForm';
import { LoadedView } from '../sources/LoadedView';
import { SourceConclusionForm } from '../sources/SourceConclusionForm';
import { SourceHeading } from '../sources/SourceHeading';
import type { CommitteeSupervisionView } from '../sources/source-view';
import { useSourceView } from '../sources/useSourceView';

type Form = 'conclusion' | 'item';

/** The supervision, its conclusion and items, with the secretariat's forms. */
const CommitteeSupervision = ({
  supervision,
  recorded,
}: {
  supervision: CommitteeSupervisionView;
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
  /** The button that opens a form, for a reader who may use it now. */
  const opener = (form: Form, allowed: boolean, label: string) =>
    allowed && open !== form ? (
      <Button variant="light" size="sm" onClick={() => setOpen(form)}>
        {label}
      </Button>
    ) : undefined;
  const path = { params: { path: { id: supervision.id } } };
  return (
    <Stack gap="xl" maw={1040}>
      <SourceHeading
        back={{ to: '/committee-supervisions', label: t('committeeSupervisions.list.title') }}
        title={supervision.topic}
        concludedOn={supervision.concludedOn}
      >
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Fact label={t('delegations.supervisor.legend')}>
              {supervisorText(t, supervision.supervisor)}
            </Fact>
            <Fact label={t('committeeSupervisions.fields.startedOn')}>
              {formatDate(supervision.startedOn)}
            </Fact>
          </SimpleGrid>
        </Card>
      </SourceHeading>

      <ConclusionPart
        title={t('committeeSupervisions.view.conclusion')}
        notYet={t('committeeSupervisions.view.notConcluded')}
        concludedOn={supervision.concludedOn}
        conclusion={supervision.conclusion}
        action={opener(
          'conclusion',
          supervision.concludedOn === null && can(role, 'concludeCommitteeSupervision'),
          t('sources.conclusion.form'),
        )}
        form={
          open === 'conclusion' && (
            <SourceConclusionForm
              schema="ConcludeCommitteeSupervisionDto"
              send={(body, headers) =>
                answer(
                  api.POST('/api/committee-supervisions/{id}/conclusion', {
                    ...path,
                    body,
                    headers,
                  }),
                )
              }
              invalidates="committee-supervisions"
              onDone={close}
            />
          )
        }
      />

      <PagePart
        title={t('sources.items.title')}
        count={supervision.recommendations.length}
        empty={t('sources.items.none')}
        // Unlike a session's, what a supervision asks may be issued before its conclusion.
        action={opener('item', can(role, 'issueFromCommitteeSupervision'), t('sources.items.form'))}
        form={
          open === 'item' && (
            <ItemForm
              schema="IssueFromCommitteeSupervisionDto"
              send={(body, headers) =>
                answer(
                  api.POST('/api/committee-supervisions/{id}/recommendations', {
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
        <FollowedItems items={supervision.recommendations} />
      </PagePart>
    </Stack>
  );
};

/** /committee-supervisions/:id — one supervision by the Standing Committee or a committee. */
export const CommitteeSupervisionPage = () => {
  usePageTitle('menu.committeeSupervisions');
  const api = useApi();
  const { id = '' } = useParams();
  const { view, recorded } = useSourceView(
    'committee-supervisions',
    id,
    async (minPosition) =>
      // The API's document leaves this answer untyped (source-view.ts says why).
      (await answer(
        api.GET('/api/committee-supervisions/{id}', {
          params: { path: { id }, query: { ...(minPosition !== undefined && { minPosition }) } },
        }),
      )) as unknown as CommitteeSupervisionView,
  );
  return (
    <LoadedView query={view}>
      {(supervision) => <CommitteeSupervision supervision={supervision} recorded={recorded} />}
    </LoadedView>
  );
};
