import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../shell/page-title';
import { RecommendationActions } from './RecommendationActions';
import { hasChain, RecommendationChain } from './RecommendationChain';
import { RecommendationHeader } from './RecommendationHeader';
import { PrintCaseButton } from './PrintCaseButton';
import { RecommendationTimeline } from './RecommendationTimeline';
import { recommendationKey, type RecommendationView } from './recommendation-view';
import { AsOfBanner, notRecordedYet } from '../../time-travel/AsOfBanner';
import { historyChanges } from '../../time-travel/history-changes';
import { TimeTravelPanel } from '../../time-travel/TimeTravelPanel';
import { useAsOf } from '../../time-travel/use-as-of';

/**
 * A refusal said plainly: an agency's officer asking for another agency's case (403, which the
 * API also answers for a case that does not exist), or a case not found (404).
 */
const Refusal = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  if (status !== 403 && status !== 404) return <ProblemAlert error={error} />;
  return (
    <Alert color="red.9" variant="outline" role="alert" title={t('recommendation.unavailable')}>
      <Stack gap="xs">
        <Text size="sm">
          {status === 403 ? t('recommendation.refused') : t('recommendation.notFound')}
        </Text>
        <Anchor component={Link} to="/recommendations" size="sm">
          {t('recommendation.toList')}
        </Anchor>
      </Stack>
    </Alert>
  );
};

/**
 * One recommendation, top to bottom: what it asks and of whom, where it stands, what can be
 * done next, and its whole story from the survey on. Agencies' officers answer here too.
 */
export const RecommendationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.recommendations');
  const { id = '' } = useParams();
  const api = useApi();
  const { asOf, show } = useAsOf();
  /** The case now, or as recorded up to an instant (`asRecordedAt`). */
  const load = async (instant: string | null) =>
    // The API's document leaves the view untyped (recommendation-view.ts says why).
    (await answer(
      api.GET('/api/recommendations/{id}', {
        params: { path: { id }, query: instant === null ? {} : { asRecordedAt: instant } },
      }),
    )) as unknown as RecommendationView;
  const query = useQuery({
    queryKey: asOf === null ? recommendationKey(id) : [...recommendationKey(id), 'asOf', asOf],
    queryFn: () => load(asOf),
  });
  const view = query.data;
  return (
    <Stack gap="lg" maw={1080}>
      {query.isPending && <Loader aria-label={t('app.loading')} />}
      {notRecordedYet(asOf, query.error) ? (
        <AsOfBanner asOf={asOf} onNow={() => show(null)} missing />
      ) : (
        query.isError && (
          <>
            <Title order={2}>{t('recommendation.heading')}</Title>
            <Refusal error={query.error} />
          </>
        )
      )}
      {view && (
        // data-testid: what bench:web waits for to call the page shown.
        <Stack gap="lg" data-testid="recommendation-page">
          <Stack gap={4}>
            <Text size="sm" c="gray.7" fw={600}>
              {t('recommendation.heading')}
            </Text>
            <Title order={2} size="h3" lh={1.35}>
              {view.text}
            </Title>
          </Stack>
          {asOf !== null && <AsOfBanner asOf={asOf} onNow={() => show(null)} />}
          <RecommendationHeader view={view} />
          {hasChain(view.chain) && <RecommendationChain chain={view.chain} />}
          <PrintCaseButton id={id} asOf={asOf} />
          {/* A past state is read, never acted on: what can be done is decided on the case now. */}
          {asOf === null && <RecommendationActions view={view} />}
          <RecommendationTimeline view={view} onBeforeStep={show} />
          <TimeTravelPanel
            key={asOf ?? 'now'}
            asOf={asOf}
            show={show}
            queryKey={recommendationKey(id)}
            load={load}
            changes={(before, after) => historyChanges(t, before?.timeline ?? [], after.timeline)}
          />
        </Stack>
      )}
    </Stack>
  );
};
