import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { statusLabel } from '../tracker/recommendation-summary';
import { sourceLabel, sourcePath } from '../tracker/source-kinds';
import type { RecommendationView } from './recommendation-view';

type Chain = NonNullable<RecommendationView['chain']>;

/** A source by its kind and title, linked to its page where the console has one. */
const SourceName = ({ source }: { source: { kind: string; id: string; title: string | null } }) => {
  const { t } = useTranslation();
  const label = sourceLabel(source.kind);
  const path = sourcePath(source);
  const title = source.title ?? source.id;
  return (
    <>
      {label ? t(label) : source.kind}:{' '}
      {path ? (
        <Anchor component={Link} to={path} size="sm">
          {title}
        </Anchor>
      ) : (
        title
      )}
    </>
  );
};

const Part = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={4}>
    <Text size="sm" c="gray.7" fw={600}>
      {label}
    </Text>
    {children}
  </Stack>
);

/** Whether the case is part of a chain at all: most are not, and show nothing here. */
export const hasChain = (chain: Chain | undefined): chain is Chain =>
  chain !== undefined &&
  (chain.followsUp !== null || chain.sessions.length > 0 || chain.followUps.length > 0);

/**
 * Where the case goes on from and to: the case it carries on (a commitment made at a session
 * about an earlier case), the sessions escalation placed it before, and the commitments made
 * there that carry it on, each where it stands. A clerk follows one matter through the register.
 */
export const RecommendationChain = ({ chain }: { chain: Chain }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-label={t('recommendation.chain.title')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('recommendation.chain.title')}
        </Title>
        {chain.followsUp && (
          <Part label={t('recommendation.chain.followsUp')}>
            <Anchor component={Link} to={`/recommendations/${chain.followsUp.id}`} size="sm">
              {chain.followsUp.text}
            </Anchor>
          </Part>
        )}
        {chain.sessions.length > 0 && (
          <Part label={t('recommendation.chain.sessions')}>
            <List size="sm" spacing={4}>
              {chain.sessions.map((session) => (
                <List.Item key={`${session.kind}-${session.id}`}>
                  <SourceName source={session} /> ·{' '}
                  {t('recommendation.chain.escalatedOn', {
                    date: formatDate(session.escalatedOn),
                  })}
                </List.Item>
              ))}
            </List>
          </Part>
        )}
        {chain.followUps.length > 0 && (
          <Part label={t('recommendation.chain.followUps')}>
            <Stack gap="xs">
              {chain.followUps.map((item) => {
                const status = statusLabel(item.status);
                return (
                  <div key={item.id}>
                    <Anchor component={Link} to={`/recommendations/${item.id}`} size="sm" fw={600}>
                      {item.text}
                    </Anchor>
                    <Group gap="xs" mt={2}>
                      {status && (
                        <Badge color="gray.8" variant="outline">
                          {t(status)}
                        </Badge>
                      )}
                      <Text size="sm" c="gray.7">
                        <SourceName source={item.source} />
                      </Text>
                    </Group>
                  </div>
                );
              })}
            </Stack>
          </Part>
        )}
      </Stack>
    </Card>
  );
};
