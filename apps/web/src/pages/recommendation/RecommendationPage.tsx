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
import { RecommendationHeader } from './RecommendationHeader';
import { RecommendationTimeline } from './RecommendationTimeline';
import { recommendationKey, type RecommendationView } from './recommendation-view';

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
  const query = useQuery({
    queryKey: recommendationKey(id),
    queryFn: async () =>
      // The API's document leaves the view untyped (recommendation-view.ts says why).
      (await answer(
        api.GET('/api/recommendations/{id}', { params: { path: { id } } }),
      )) as unknown as RecommendationView,
  });
  const view = query.data;
  return (
    <Stack gap="lg" maw={1080}>
      {query.isPending && <Loader aria-label={t('app.loading')} />}
      {query.isError && (
        <>
          <Title order={2}>{t('recommendation.heading')}</Title>
          <Refusal error={query.error} />
        </>
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
          <RecommendationHeader view={view} />
          <RecommendationActions view={view} />
          <RecommendationTimeline view={view} />
        </Stack>
      )}
    </Stack>
  );
};
