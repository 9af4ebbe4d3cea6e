import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { supervisorText } from '../delegations/supervisor-text';
import { statusLabel } from '../tracker/recommendation-summary';
import { sourceLabel, sourcePath } from '../tracker/source-kinds';
import { isEscalationStep, STEP_LABELS } from './escalation';
import { missedDeadline, type RecommendationView } from './recommendation-view';
import { textOf } from './timeline-items';

/** One fact of the case: its name above, its value below. */
const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="sm" c="gray.7" fw={600}>
      {label}
    </Text>
    <div>{children}</div>
  </Stack>
);

/** A due date as it stands, with the date first set struck through when it was moved. */
const DueDate = ({ dueOn, originalDueOn }: { dueOn: string; originalDueOn: string }) => {
  const { t } = useTranslation();
  return (
    <Text size="sm" component="span">
      <strong>{formatDate(dueOn)}</strong>
      {originalDueOn !== dueOn && (
        <>
          {' '}
          ({t('recommendation.header.originalDue')}{' '}
          <Text component="s" size="sm" c="gray.7">
            {formatDate(originalDueOn)}
          </Text>
          )
        </>
      )}
    </Text>
  );
};

/**
 * What the case is at a glance: its status, who must answer (and who did before a
 * succession), where it comes from (a delegation, an interpellation session… linked to its page
 * where the console has one) and who supervises, and every deadline with each time it was moved.
 */
export const RecommendationHeader = ({ view }: { view: RecommendationView }) => {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const status = statusLabel(view.status);
  const { original, current } = view.addresseeAgencies;
  const handovers = view.timeline.filter((entry) => entry.type === 'RecommendationTransferred');
  const extensions = view.timeline.filter((entry) => entry.type === 'DeadlineExtended');
  const delegation = view.origin.delegation;
  const source = sourceLabel(view.source.kind);
  const sourceAt = sourcePath(view.source);
  const sourceTitle = view.source.title ?? delegation?.title ?? view.source.id;
  const commitmentText = (id: unknown) =>
    view.commitments.find(
      (c) =>
        typeof id === 'object' && id !== null && 'commitmentId' in id && c.id === id.commitmentId,
    )?.text;
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm" c="gray.7" fw={600}>
            {t('recommendation.header.status')}:
          </Text>
          {status && (
            <Badge color="council.8" variant="filled" size="lg">
              {t(status)}
            </Badge>
          )}
          {view.overdue && (
            <Badge color="red.9" variant="outline" size="lg">
              {t('recommendation.header.overdue', {
                count: view.daysOverdue,
                date: formatDate(missedDeadline(view)),
              })}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Fact label={t('recommendation.header.addressee')}>
            <Text size="sm" fw={600}>
              {current.name ?? current.id}
            </Text>
            {original.id !== current.id && (
              <Text size="sm">
                {t('recommendation.header.originalAddressee', {
                  name: original.name ?? original.id,
                })}
              </Text>
            )}
            {handovers.map((entry) => (
              <Text size="sm" key={`${entry.at}`}>
                {t('recommendation.header.handover', {
                  from: entry.fromAgency?.name ?? entry.fromAgency?.id ?? '',
                  to: entry.toAgency?.name ?? entry.toAgency?.id ?? '',
                  date: formatDate(textOf(entry, 'effectiveOn') ?? ''),
                })}
              </Text>
            ))}
          </Fact>
          <Fact label={t('recommendation.header.source')}>
            <Text size="sm">{source ? t(source) : view.source.kind}</Text>
            {sourceAt ? (
              <Anchor component={Link} to={sourceAt} size="sm" fw={600}>
                {sourceTitle}
              </Anchor>
            ) : (
              <Text size="sm" fw={600}>
                {sourceTitle}
              </Text>
            )}
            {delegation && (
              <Text size="sm">
                {t('recommendation.header.legalBasis', {
                  number: delegation.legalBasis.number,
                  date: formatDate(delegation.legalBasis.issuedOn),
                  issuer: delegation.legalBasis.issuedBy,
                })}
              </Text>
            )}
          </Fact>
          <Fact label={t('recommendation.header.supervisor')}>
            <Text size="sm">{supervisorText(t, view.supervisor)}</Text>
          </Fact>
          <Fact label={t('recommendation.header.issuedOn')}>
            <Text size="sm">{formatDate(view.issuedOn)}</Text>
          </Fact>
          <Fact label={t('recommendation.header.responseDue')}>
            <DueDate dueOn={view.responseDueOn} originalDueOn={view.originalResponseDueOn} />
          </Fact>
          {view.commitments.length > 0 && (
            <Fact label={t('recommendation.header.commitments')}>
              <List size="sm" spacing={4}>
                {view.commitments.map((c) => (
                  <List.Item key={c.id}>
                    {c.text} — <DueDate dueOn={c.dueOn} originalDueOn={c.originalDueOn} />
                    {c.metOn &&
                      ` · ${t('recommendation.header.commitmentMet', { date: formatDate(c.metOn) })}`}
                  </List.Item>
                ))}
              </List>
            </Fact>
          )}
          {extensions.length > 0 && (
            <Fact label={t('recommendation.header.extensions')}>
              <List size="sm" spacing={4}>
                {extensions.map((entry) => (
                  <List.Item key={entry.at}>
                    {formatDate(textOf(entry, 'extendedOn') ?? entry.on)}:{' '}
                    {t('recommendation.header.extension', {
                      deadline:
                        entry.deadline === 'response'
                          ? t('recommendation.timeline.deadlineResponse')
                          : (commitmentText(entry.deadline) ??
                            t('recommendation.timeline.deadlineCommitment')),
                      from: formatDate(textOf(entry, 'previousDueOn') ?? ''),
                      to: formatDate(textOf(entry, 'newDueOn') ?? ''),
                      reason: textOf(entry, 'reason') ?? '',
                      approver: textOf(entry, 'approvedBy') ?? '',
                    })}
                  </List.Item>
                ))}
              </List>
            </Fact>
          )}
          {view.escalationStep !== null && isEscalationStep(view.escalationStep) && (
            <Fact label={t('recommendation.header.escalation')}>
              <Text size="sm">{t(STEP_LABELS[view.escalationStep])}</Text>
            </Fact>
          )}
          {view.percent !== null && (
            <Fact label={t('recommendation.header.percent')}>
              <Text size="sm">{formatNumber(view.percent, language)}%</Text>
            </Fact>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
};
