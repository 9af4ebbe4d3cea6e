import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  BODY_LABELS,
  COUNCIL_LEVELS,
  LEVEL_LABELS,
  SUPERVISING_BODIES,
} from '../delegations/supervisor-bodies';
import { SOURCE_KINDS, SOURCE_LABELS } from '../tracker/source-kinds';
import type { DashboardFilters } from './dashboard-view';

/**
 * The dashboard's filters by where items come from: the kind of source (a delegation, an
 * explanation session…), the body in whose name they are followed up, and the council's level.
 */
export const SourceFilters = ({
  filters,
  change,
}: {
  filters: DashboardFilters;
  change: (next: Partial<DashboardFilters>) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('dashboard.source')}
        placeholder={t('dashboard.anySource')}
        data={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(SOURCE_LABELS[kind]) }))}
        value={filters.sourceKind ?? null}
        onChange={(kind) =>
          change({ sourceKind: (kind ?? undefined) as DashboardFilters['sourceKind'] })
        }
        clearable
        clearButtonProps={{ 'aria-label': t('dashboard.clearSource') }}
        w={280}
      />
      <Select
        label={t('dashboard.supervisingBody')}
        placeholder={t('dashboard.anyBody')}
        data={SUPERVISING_BODIES.map((body) => ({ value: body, label: t(BODY_LABELS[body]) }))}
        value={filters.supervisingBody ?? null}
        onChange={(body) =>
          change({ supervisingBody: (body ?? undefined) as DashboardFilters['supervisingBody'] })
        }
        clearable
        clearButtonProps={{ 'aria-label': t('dashboard.clearBody') }}
        w={260}
      />
      <Select
        label={t('dashboard.level')}
        placeholder={t('dashboard.anyLevel')}
        data={COUNCIL_LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABELS[level]) }))}
        value={filters.level ?? null}
        onChange={(level) => change({ level: (level ?? undefined) as DashboardFilters['level'] })}
        clearable
        clearButtonProps={{ 'aria-label': t('dashboard.clearLevel') }}
        // Wide enough for "Cấp Hội đồng nhân dân" on one line, level with its neighbours.
        w={210}
      />
    </>
  );
};
