import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { optionalLabel, type Command } from '../../forms';
import { CompetenceSelect } from './competence-select';
import type { Competence, ObstacleDetail } from './obstacle';
import { ObstacleFormFrame } from './ObstacleFormFrame';
import { useObstacleCommand } from './use-obstacle-command';

type Body = Partial<components['schemas']['AssignObstacleDto']>;

/** Giao cơ quan xử lý: the agency competent to remove the obstacle, and at which level. */
export const AssignForm = ({
  obstacle,
  onDone,
}: {
  obstacle: ObstacleDetail;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [competence, setCompetence] = useState<Competence | null>(null);
  const [assignedOn, setAssignedOn] = useState<string | null>(null);
  const { command: c, openedHistory } = useObstacleCommand<Body>(
    obstacle,
    'AssignObstacleDto',
    (body, headers) =>
      answer(
        api.POST('/api/obstacles/{id}/assignment', {
          params: { path: { id: obstacle.id } },
          body: body as components['schemas']['AssignObstacleDto'],
          headers,
        }),
      ),
    onDone,
  );
  return (
    <ObstacleFormFrame
      title={t('obstacles.assign.title')}
      intro={t('obstacles.assign.intro')}
      command={c as Command<object>}
      before={openedHistory}
      after={obstacle.history}
      saveLabel={t('obstacles.assign.save')}
      onCancel={onDone}
      onSubmit={() =>
        void c.submit({
          agencyId: agencyId ?? undefined,
          competence: competence ?? undefined,
          assignedOn: assignedOn ?? undefined,
        })
      }
    >
      <AgencySelect
        {...c.field('agencyId')}
        label={t('obstacles.assign.agency')}
        withAsterisk
        value={agencyId}
        onChange={setAgencyId}
      />
      <CompetenceSelect {...c.field('competence')} value={competence} onChange={setCompetence} />
      <DateField
        {...c.field('assignedOn')}
        label={optionalLabel(t, t('obstacles.assign.on'))}
        description={t('obstacles.form.todayIfEmpty')}
        value={assignedOn}
        onChange={setAssignedOn}
        clearable
      />
    </ObstacleFormFrame>
  );
};
