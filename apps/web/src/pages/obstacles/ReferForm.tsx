import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { optionalLabel } from '../../forms';
import { CompetenceSelect } from './competence-select';
import type { Competence, ObstacleDetail } from './obstacle';
import { ObstacleFormFrame } from './ObstacleFormFrame';
import { useObstacleCommand } from './use-obstacle-command';

type Body = Partial<components['schemas']['ReferObstacleDto']>;

/**
 * Chuyển cơ quan có thẩm quyền: beyond the province's power (a ministry's rule, say), the
 * obstacle goes to the body that can remove it, with what is asked of that body.
 */
export const ReferForm = ({
  obstacle,
  onDone,
}: {
  obstacle: ObstacleDetail;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [toAgencyId, setToAgencyId] = useState<string | null>(null);
  const [competence, setCompetence] = useState<Competence | null>(null);
  const [reason, setReason] = useState('');
  const [referredOn, setReferredOn] = useState<string | null>(null);
  const { command: c, openedHistory } = useObstacleCommand<Body>(
    obstacle,
    'ReferObstacleDto',
    (body, headers) =>
      answer(
        api.POST('/api/obstacles/{id}/referral', {
          params: { path: { id: obstacle.id } },
          body: body as components['schemas']['ReferObstacleDto'],
          headers,
        }),
      ),
    onDone,
  );
  return (
    <ObstacleFormFrame
      title={t('obstacles.refer.title')}
      intro={t('obstacles.refer.intro')}
      command={c}
      before={openedHistory}
      after={obstacle.history}
      saveLabel={t('obstacles.refer.save')}
      onCancel={onDone}
      onSubmit={() =>
        void c.submit({
          toAgencyId: toAgencyId ?? undefined,
          competence: competence ?? undefined,
          reason,
          referredOn: referredOn ?? undefined,
        })
      }
    >
      <AgencySelect
        {...c.field('toAgencyId')}
        label={t('obstacles.refer.agency')}
        withAsterisk
        value={toAgencyId}
        onChange={setToAgencyId}
      />
      <CompetenceSelect {...c.field('competence')} value={competence} onChange={setCompetence} />
      <Textarea
        {...c.field('reason')}
        label={t('obstacles.refer.reason')}
        description={t('obstacles.refer.reasonHint')}
        withAsterisk
        autosize
        minRows={3}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <DateField
        {...c.field('referredOn')}
        label={optionalLabel(t, t('obstacles.refer.on'))}
        description={t('obstacles.form.todayIfEmpty')}
        value={referredOn}
        onChange={setReferredOn}
        clearable
      />
    </ObstacleFormFrame>
  );
};
