import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecommendationSummary } from './recommendation-summary';
import { sourceLabel } from './source-kinds';

/**
 * Where an item in a list comes from, under its text: "Nguồn: Phiên chất vấn — <its title>".
 * With several sources in one register, a clerk tells a commitment made at a session from a
 * delegation's recommendation at a glance.
 */
export const SourceLine = ({ source }: { source: RecommendationSummary['source'] }) => {
  const { t } = useTranslation();
  const label = sourceLabel(source.kind);
  const kind = label ? t(label) : source.kind;
  return (
    <Text size="xs" c="gray.7" mt={4} lineClamp={2}>
      {t('tracker.fromSource', {
        source: source.title ? `${kind} — ${source.title}` : kind,
      })}
    </Text>
  );
};
