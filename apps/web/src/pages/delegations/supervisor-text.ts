import type { TFunction } from 'i18next';
import { BODY_LABELS, LEVEL_LABELS, type Supervisor } from './SupervisorFields';

/** "Ban Kinh tế - Xã hội — Ban của Hội đồng nhân dân (Cấp xã)", or the body and level alone. */
export const supervisorText = (t: TFunction, supervisor: Supervisor): string => {
  const body = t(BODY_LABELS[supervisor.body]);
  const level = t(LEVEL_LABELS[supervisor.level]);
  return supervisor.name
    ? t('delegations.supervisor.shownNamed', { name: supervisor.name, body, level })
    : t('delegations.supervisor.shown', { body, level });
};
