import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import type { Question } from './interpellation-view';

/** A labelled passage of the record: the question as put, or the answer as given. */
const Passage = ({ label, text }: { label: string; text: string }) => (
  <div>
    <Text size="sm" fw={600} c="gray.7">
      {label}
    </Text>
    <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
  </div>
);

/** One question and its answer: who asked, who answered for which agency, then the two texts. */
export const QuestionCard = ({ question, number }: { question: Question; number: number }) => {
  const { t } = useTranslation();
  const { answeredBy } = question;
  return (
    <Card withBorder padding="md" component="li" id={`question-${question.id}`}>
      <Stack gap="xs">
        <Text fw={600}>
          {t('interpellations.questions.name', { n: number })} · {formatDate(question.askedOn)}
        </Text>
        <Text size="sm">
          <strong>{t('interpellations.fields.askedBy')}:</strong> {question.askedBy}
        </Text>
        <Text size="sm">
          <strong>{t('interpellations.fields.answeredBy')}:</strong>{' '}
          {answeredBy.position.trim() === ''
            ? answeredBy.name
            : t('interpellations.questions.answerer', {
                name: answeredBy.name,
                position: answeredBy.position,
              })}
        </Text>
        <Text size="sm">
          <strong>{t('interpellations.fields.agency')}:</strong> {agencyName(question.agency)}
        </Text>
        <Passage label={t('interpellations.fields.question')} text={question.question} />
        <Passage label={t('interpellations.fields.answer')} text={question.answer} />
      </Stack>
    </Card>
  );
};
