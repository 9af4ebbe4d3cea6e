import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ComponentType } from 'react';
import { useLastOpened } from '../../components/use-last-opened';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionProvider';
import { AssessResponseForm } from './forms/AssessResponseForm';
import { CloseRecommendationForm } from './forms/CloseRecommendationForm';
import { EscalateForm } from './forms/EscalateForm';
import { ExtendDeadlineForm } from './forms/ExtendDeadlineForm';
import { RecordResponseForm } from './forms/RecordResponseForm';
import { ReopenRecommendationForm } from './forms/ReopenRecommendationForm';
import { ReportCompletionForm } from './forms/ReportCompletionForm';
import { ReportProgressForm } from './forms/ReportProgressForm';
import { nextActions, type RecommendationAction } from './next-actions';
import type { RecommendationView } from './recommendation-view';

/** Each action's button text (and its form's title), written out for the catalogue test. */
const ACTION_LABELS = {
  recordResponse: 'recommendation.actions.recordResponse',
  assessResponse: 'recommendation.actions.assessResponse',
  reportProgress: 'recommendation.actions.reportProgress',
  reportCompletion: 'recommendation.actions.reportCompletion',
  closeRecommendation: 'recommendation.actions.closeRecommendation',
  reopenRecommendation: 'recommendation.actions.reopenRecommendation',
  extendDeadline: 'recommendation.actions.extendDeadline',
  escalateRecommendation: 'recommendation.actions.escalateRecommendation',
} as const satisfies Record<RecommendationAction, string>;

type FormProps = { view: RecommendationView; onDone: () => void };

const FORMS: Record<RecommendationAction, ComponentType<FormProps>> = {
  recordResponse: RecordResponseForm,
  assessResponse: AssessResponseForm,
  reportProgress: ReportProgressForm,
  reportCompletion: ReportCompletionForm,
  closeRecommendation: CloseRecommendationForm,
  reopenRecommendation: ReopenRecommendationForm,
  extendDeadline: ExtendDeadlineForm,
  escalateRecommendation: EscalateForm,
};

/**
 * The buttons for what can be done next, in this state and by this reader, and the form each
 * opens. The first action is the one the case waits for, so it stands out.
 */
export const RecommendationActions = ({ view }: { view: RecommendationView }) => {
  const { t } = useTranslation();
  const { session } = useSession();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [open, setOpen] = useState<RecommendationAction | null>(null);
  const named = useLastOpened(open);
  const actions = nextActions(view, session?.user.role);
  const Form = open === null ? null : FORMS[open];
  return (
    <Stack gap="xs" component="section" aria-labelledby="actions-heading">
      <Title order={3} id="actions-heading">
        {t('recommendation.actions.heading')}
      </Title>
      {actions.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('recommendation.actions.none')}
        </Text>
      ) : (
        <Group gap="sm">
          {actions.map((action, index) => (
            <Button
              key={action}
              variant={index === 0 ? 'filled' : 'default'}
              onClick={() => setOpen(action)}
            >
              {t(ACTION_LABELS[action])}
            </Button>
          ))}
        </Group>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={named === null ? '' : t(ACTION_LABELS[named])}
        size="lg"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('forms.close') }}
        closeOnClickOutside={false}
      >
        {Form && <Form view={view} onDone={() => setOpen(null)} />}
      </Modal>
    </Stack>
  );
};
