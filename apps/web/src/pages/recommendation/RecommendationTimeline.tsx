import { Anchor, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EVENT_LABELS, isKnownEvent } from '../../forms';
import { formatDate, formatNumber } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { isEscalationStep, STEP_LABELS } from './escalation';
import type { RecommendationView, TimelineEntry } from './recommendation-view';
import { isResponseDeadline, textOf, timelineItems, type TimelineItem } from './timeline-items';
import { justBefore } from '../../time-travel/instant';

const FINDING_KINDS = {
  achievement: 'recommendation.timeline.findingKind.achievement',
  limitation: 'recommendation.timeline.findingKind.limitation',
  obstacle: 'recommendation.timeline.findingKind.obstacle',
} as const;

const STATUS_KEYS = {
  accepted: 'status.accepted',
  'partially-accepted': 'status.partially-accepted',
  rejected: 'status.rejected',
  implemented: 'status.implemented',
  'partially-implemented': 'status.partially-implemented',
  'not-implemented': 'status.not-implemented',
  'no-longer-applicable': 'status.no-longer-applicable',
} as const;

const statusKey = (value: unknown) =>
  typeof value === 'string' && Object.hasOwn(STATUS_KEYS, value)
    ? STATUS_KEYS[value as keyof typeof STATUS_KEYS]
    : undefined;

interface Commitment {
  text: string;
  dueOn: string;
}
interface Evidence {
  title: string;
  reference: string;
}
const listOf = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The lines under one recorded step: what the event says, in the reader's words. */
const StepDetails = ({ entry }: { entry: TimelineEntry }) => {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const lines: ReactNode[] = [];
  const add = (line: ReactNode) => lines.push(line);
  const date = (field: string) => formatDate(textOf(entry, field) ?? '');
  const deadlineName = (deadline: unknown) =>
    isResponseDeadline(deadline)
      ? t('recommendation.timeline.deadlineResponse')
      : t('recommendation.timeline.deadlineCommitment');
  switch (entry.type) {
    case 'RecommendationIssued':
      add(t('recommendation.timeline.due', { date: date('responseDueOn') }));
      break;
    case 'ResponseRecorded': {
      const position = statusKey(entry.position);
      if (position) add(<strong>{t(position)}</strong>);
      if (textOf(entry, 'text')) add(textOf(entry, 'text'));
      for (const c of listOf<Commitment>(entry.commitments))
        add(t('recommendation.timeline.commitment', { text: c.text, date: formatDate(c.dueOn) }));
      break;
    }
    case 'ResponseAssessed':
      add(
        <strong>
          {entry.verdict === 'unsatisfactory'
            ? t('recommendation.timeline.verdict.unsatisfactory')
            : t('recommendation.timeline.verdict.satisfactory')}
        </strong>,
      );
      if (textOf(entry, 'note')) add(textOf(entry, 'note'));
      if (textOf(entry, 'newResponseDueOn'))
        add(t('recommendation.timeline.newDue', { date: date('newResponseDueOn') }));
      break;
    case 'ProgressReported':
      if (textOf(entry, 'text')) add(textOf(entry, 'text'));
      if (typeof entry.percent === 'number')
        add(
          t('recommendation.timeline.percent', { percent: formatNumber(entry.percent, language) }),
        );
      break;
    case 'CompletionReported':
      if (textOf(entry, 'text')) add(textOf(entry, 'text'));
      for (const e of listOf<Evidence>(entry.evidence))
        add(t('recommendation.timeline.evidence', { title: e.title, reference: e.reference }));
      break;
    case 'RecommendationClosed': {
      const outcome = statusKey(entry.outcome);
      if (outcome) add(<strong>{t(outcome)}</strong>);
      if (textOf(entry, 'assessment')) add(textOf(entry, 'assessment'));
      break;
    }
    case 'RecommendationReopened':
      if (textOf(entry, 'reason'))
        add(t('recommendation.timeline.reason', { reason: textOf(entry, 'reason') }));
      break;
    case 'DeadlineExtended':
      add(
        t('recommendation.timeline.moved', {
          deadline: deadlineName(entry.deadline),
          from: date('previousDueOn'),
          to: date('newDueOn'),
          original: date('originalDueOn'),
        }),
      );
      if (textOf(entry, 'reason'))
        add(t('recommendation.timeline.reason', { reason: textOf(entry, 'reason') }));
      if (textOf(entry, 'approvedBy'))
        add(t('recommendation.timeline.approvedBy', { who: textOf(entry, 'approvedBy') }));
      break;
    case 'RecommendationEscalated':
      if (isEscalationStep(entry.step)) add(<strong>{t(STEP_LABELS[entry.step])}</strong>);
      if (textOf(entry, 'note'))
        add(t('recommendation.timeline.note', { note: textOf(entry, 'note') }));
      break;
    case 'ReminderIssued':
      add(
        t('recommendation.timeline.reminder', {
          deadline: deadlineName(entry.deadline),
          date: date('dueOn'),
          count: typeof entry.workingDaysLeft === 'number' ? entry.workingDaysLeft : 0,
        }),
      );
      break;
    case 'DeadlineMissed':
      add(
        t('recommendation.timeline.missed', {
          deadline: deadlineName(entry.deadline),
          date: date('dueOn'),
        }),
      );
      break;
    case 'RecommendationTransferred':
      add(
        t('recommendation.timeline.transfer', {
          from: entry.fromAgency?.name ?? entry.fromAgency?.id ?? '',
          to: entry.toAgency?.name ?? entry.toAgency?.id ?? '',
          date: date('effectiveOn'),
        }),
      );
      if (textOf(entry, 'basis'))
        add(t('recommendation.timeline.basis', { basis: textOf(entry, 'basis') }));
      break;
    default:
      break;
  }
  const law = textOf(entry, 'supervisionLaw');
  if (law) add(t('recommendation.timeline.law', { law }));
  return (
    <>
      {lines.map((line, index) => (
        <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
          {line}
        </Text>
      ))}
    </>
  );
};

const Item = ({ item }: { item: TimelineItem }) => {
  const { t } = useTranslation();
  if (item.kind === 'survey')
    return (
      <>
        <Text size="sm" c="gray.7">
          {formatDate(item.on)}
        </Text>
        <Text size="sm">{t('recommendation.timeline.surveyBody', { count: item.agencies })}</Text>
      </>
    );
  if (item.kind === 'finding') {
    const kind = Object.hasOwn(FINDING_KINDS, item.findingKind)
      ? FINDING_KINDS[item.findingKind as keyof typeof FINDING_KINDS]
      : undefined;
    return (
      <>
        {item.on && (
          <Text size="sm" c="gray.7">
            {formatDate(item.on)}
          </Text>
        )}
        {kind && (
          <Text size="sm" fw={600}>
            {t(kind)}
          </Text>
        )}
        <Text size="sm">{item.statement}</Text>
      </>
    );
  }
  const { entry } = item;
  // The deadline sweep records reminders and missed deadlines as the system, not as a person.
  const who =
    entry.actor.role === 'system'
      ? t('recommendation.timeline.system')
      : (entry.actor.displayName ?? entry.actor.username);
  const agency = entry.actor.agency?.name;
  return (
    <>
      <Text size="sm" c="gray.7">
        {formatDate(entry.on)} · {t('recommendation.timeline.by', { who })}
        {agency ? ` (${agency})` : ''}
      </Text>
      <StepDetails entry={entry} />
    </>
  );
};

// `t` is typed as i18next's own TFunction: typed as `ReturnType<typeof useTranslation>['t']`,
// TypeScript gave up on it once the catalogues grew (TS2589, "excessively deep").
const titleOf = (item: TimelineItem, t: TFunction) => {
  if (item.kind === 'survey') return t('recommendation.timeline.survey');
  if (item.kind === 'finding') return t('recommendation.timeline.finding');
  return isKnownEvent(item.entry.type) ? t(EVENT_LABELS[item.entry.type]) : item.entry.type;
};

/**
 * The recommendation's whole story, from the survey to its latest step, one item per step. Each
 * recorded step offers the case as it stood just before it (`onBeforeStep`).
 */
export const RecommendationTimeline = ({
  view,
  onBeforeStep,
}: {
  view: RecommendationView;
  onBeforeStep: (instant: string) => void;
}) => {
  const { t } = useTranslation();
  const items = timelineItems(view);
  return (
    <Stack gap="sm" component="section" aria-labelledby="timeline-heading">
      <Title order={3} id="timeline-heading">
        {t('recommendation.timeline.heading')}
      </Title>
      <Timeline active={items.length - 1} bulletSize={18} lineWidth={2} color="council.7">
        {items.map((item) => (
          <Timeline.Item
            key={item.key}
            title={
              <span data-step={item.kind === 'step' ? item.entry.type : item.kind}>
                {titleOf(item, t)}
              </span>
            }
          >
            <Stack gap={2}>
              <Item item={item} />
              {item.kind === 'step' && (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  ta="left"
                  onClick={() => onBeforeStep(justBefore(item.entry.at))}
                >
                  {t('timeTravel.beforeStep')}
                </Anchor>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
};
