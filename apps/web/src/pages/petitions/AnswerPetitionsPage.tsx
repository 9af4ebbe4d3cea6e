import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInVietnam } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import type { RecommendationSummary } from '../tracker/recommendation-summary';
import { answersOf, awaitingOf, type AnswerRow } from './answer-rows';
import { AnswerOutcomes } from './AnswerOutcomes';
import { AnswerRowFields } from './AnswerRowFields';
import type { PetitionAnswersResult } from './petition-view';

/** The most cases one page of the register gives: a round's petitions to one agency fit. */
const PAGE = 200;

/**
 * The form of one sitting: the petitions still awaiting an answer, each chosen or not, with its
 * position and text, and one date for all. After sending it shows what became of each.
 */
const Sitting = ({ roundId, items }: { roundId: string; items: RecommendationSummary[] }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [rows, setRows] = useState<AnswerRow[]>(() =>
    items.map((item, index) => ({
      item,
      number: index + 1,
      chosen: false,
      position: null,
      text: '',
    })),
  );
  const [respondedOn, setRespondedOn] = useState(todayInVietnam());
  const [outcome, setOutcome] = useState<
    { result: PetitionAnswersResult; sent: RecommendationSummary[] } | undefined
  >(undefined);
  const { at, body } = answersOf(rows, respondedOn);
  const command = useCommand({
    schema: 'AnswerPetitionsDto',
    send: (sent: typeof body, headers) =>
      answer(
        api.POST('/api/petition-rounds/{id}/answers', {
          params: { path: { id: roundId } },
          body: sent,
          headers,
        }),
      ) as unknown as Promise<PetitionAnswersResult>,
    invalidates: [['recommendations'], ['petition-rounds']],
    onSaved: (result) => {
      setOutcome({ result, sent: at.map((index) => rows[index]!.item) });
      // The rows recorded are answered: only those refused stay to be taken up again.
      const recorded = new Set(
        result.rows.filter((row) => row.recorded).map((row) => at[row.row - 1]),
      );
      setRows((old) => old.filter((_, index) => !recorded.has(index)));
    },
  });
  const sentAt = (index: number) => {
    const place = at.indexOf(index);
    return place < 0 ? undefined : place;
  };
  return (
    <Stack gap="md">
      {outcome && <AnswerOutcomes result={outcome.result} sent={outcome.sent} />}
      {rows.length === 0 ? (
        <Text>{t('petitions.answer.none')}</Text>
      ) : (
        <Card withBorder padding="lg">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (at.length > 0) void command.submit(body);
            }}
          >
            <Stack gap="md">
              <FormErrorSummary command={command} />
              <DateField
                label={t('petitions.answer.respondedOn')}
                description={t('petitions.answer.respondedOnHint')}
                value={respondedOn}
                onChange={(date) => setRespondedOn(date ?? '')}
                {...command.field('answers.0.respondedOn')}
              />
              <Text size="sm" c="gray.7">
                {t('petitions.answer.choose', { count: rows.length })}
              </Text>
              {rows.map((row, index) => (
                <AnswerRowFields
                  key={row.item.id}
                  row={row}
                  number={row.number}
                  sent={sentAt(index)}
                  command={command}
                  onChange={(next) =>
                    setRows((old) => old.map((value, at2) => (at2 === index ? next : value)))
                  }
                />
              ))}
              <Text size="sm" role="status">
                {t('petitions.answer.chosen', { count: at.length })}
              </Text>
              <FormActions
                pending={command.pending}
                onCancel={() => setRows((old) => old.map((row) => ({ ...row, chosen: false })))}
                saveLabel={t('petitions.answer.submit')}
              />
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
};

/**
 * /petition-answers/:id — "Trả lời kiến nghị cử tri": an agency answers several of its own
 * petitions of a round in one sitting. It reads the agency's own cases from the register (an
 * agency may not read the whole round, which holds every agency's petitions); the secretariat,
 * entering an agency's letter, sees every petition of the round still awaiting an answer.
 */
export const AnswerPetitionsPage = () => {
  const { t } = useTranslation();
  usePageTitle('petitions.answer.title');
  const api = useApi();
  const role = useSession().session?.user.role;
  const { id = '' } = useParams();
  const items = useQuery({
    queryKey: ['recommendations', 'petition-answers', id],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/recommendations', {
          params: {
            query: { sourceKind: 'voter-petitions', status: 'awaiting-response', pageSize: PAGE },
          },
        }),
      );
      return awaitingOf(page.items as unknown as RecommendationSummary[], id);
    },
    // The form keeps what was typed: it is filled from the first answer only.
    staleTime: Infinity,
  });
  if (!can(role, 'answerPetitions')) return <Navigate to="/" replace />;
  const title = items.data?.[0]?.source.title;
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap="xs">
        {can(role, 'recordPetitions') ? (
          <Anchor component={Link} to={`/petition-rounds/${id}`} size="sm">
            ← {t('petitions.answer.back')}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/" size="sm">
            ← {t('menu.todo')}
          </Anchor>
        )}
        <Title order={2}>{t('petitions.answer.title')}</Title>
        {title && <Text fw={600}>{title}</Text>}
        <Text c="gray.7">{t('petitions.answer.intro')}</Text>
      </Stack>
      {items.error ? (
        <ProblemAlert error={items.error} onRetry={() => void items.refetch()} />
      ) : !items.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : items.data.length === 0 ? (
        <Text>{t('petitions.answer.none')}</Text>
      ) : (
        <Sitting roundId={id} items={items.data} />
      )}
    </Stack>
  );
};
