import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { DateField } from '../../components/DateField';
import { optionalLabel } from '../../forms';
import type { ObstacleDetail } from './obstacle';
import { ObstacleFormFrame } from './ObstacleFormFrame';
import { ObstacleSelect } from './ObstacleSelect';
import { useObstacleCommand } from './use-obstacle-command';

type Body = Partial<components['schemas']['MergeObstacleDto']>;

/** Gộp: another unit reported the same difficulty; work goes on in that one. */
export const MergeForm = ({
  obstacle,
  onDone,
}: {
  obstacle: ObstacleDetail;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [intoObstacleId, setInto] = useState<string | null>(null);
  const [mergedOn, setMergedOn] = useState<string | null>(null);
  const { command: c, openedHistory } = useObstacleCommand<Body>(
    obstacle,
    'MergeObstacleDto',
    (body, headers) =>
      answer(
        api.POST('/api/obstacles/{id}/merge', {
          params: { path: { id: obstacle.id } },
          body: body as components['schemas']['MergeObstacleDto'],
          headers,
        }),
      ),
    onDone,
  );
  return (
    <ObstacleFormFrame
      title={t('obstacles.merge.title')}
      intro={t('obstacles.merge.intro')}
      command={c}
      before={openedHistory}
      after={obstacle.history}
      saveLabel={t('obstacles.merge.save')}
      onCancel={onDone}
      onSubmit={() =>
        void c.submit({
          intoObstacleId: intoObstacleId ?? undefined,
          mergedOn: mergedOn ?? undefined,
        })
      }
    >
      <ObstacleSelect
        {...c.field('intoObstacleId')}
        label={t('obstacles.merge.into')}
        value={intoObstacleId}
        onChange={setInto}
        exceptId={obstacle.id}
      />
      <DateField
        {...c.field('mergedOn')}
        label={optionalLabel(t, t('obstacles.merge.on'))}
        description={t('obstacles.form.todayIfEmpty')}
        value={mergedOn}
        onChange={setMergedOn}
        clearable
      />
    </ObstacleFormFrame>
  );
};
