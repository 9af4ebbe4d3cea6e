import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecommendationSummary } from '../tracker/recommendation-summary';
import type { PetitionAnswersResult } from './petition-view';

/**
 * What the sitting did, petition by petition: each answer is recorded or refused on its own,
 * so the officer sees which to take up again and why (in the API's words). On a white card:
 * the shades that say "recorded" and "refused" keep their contrast there (WCAG 1.4.3).
 */
export const AnswerOutcomes = ({
  result,
  sent,
}: {
  result: PetitionAnswersResult;
  /** The petitions sent, in the order sent: the outcome's `row` counts them from 1. */
  sent: readonly RecommendationSummary[];
}) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" role="status">
      <Title order={3} size="h5">
        {t('petitions.answer.outcome', { recorded: result.recorded, refused: result.refused })}
      </Title>
      <List size="sm" spacing={6} mt="sm">
        {result.rows.map((row) => {
          const item = sent[row.row - 1];
          return (
            <List.Item key={row.row}>
              <Stack gap={0}>
                {item && (
                  <Anchor component={Link} to={`/recommendations/${item.id}`} size="sm">
                    {item.text}
                  </Anchor>
                )}
                <Text size="sm" fw={600} c={row.recorded ? 'teal.9' : 'red.9'}>
                  {row.recorded
                    ? t('petitions.answer.recorded')
                    : t('petitions.answer.refused', { reason: row.message ?? row.code ?? '' })}
                </Text>
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
};
