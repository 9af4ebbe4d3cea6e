import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { components } from '../../api/schema';
import { DateField } from '../../components/DateField';
import { optionalLabel, RepeatedRows } from '../../forms';
import { todayInVietnam } from '../../i18n/format';
import type { Evidence, ObstacleDetail } from './obstacle';
import { ObstacleFormFrame } from './ObstacleFormFrame';
import { useObstacleCommand } from './use-obstacle-command';

type Body = Partial<components['schemas']['ResolveObstacleDto']>;

/** Tháo gỡ: how the obstacle was removed, when, and the documents that show it. */
export const ResolveForm = ({
  obstacle,
  onDone,
}: {
  obstacle: ObstacleDetail;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [resolvedOn, setResolvedOn] = useState<string | null>(() => todayInVietnam(new Date()));
  const [resolution, setResolution] = useState('');
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const { command: c, openedHistory } = useObstacleCommand<Body>(
    obstacle,
    'ResolveObstacleDto',
    (body, headers) =>
      answer(
        api.POST('/api/obstacles/{id}/resolution', {
          params: { path: { id: obstacle.id } },
          body: body as components['schemas']['ResolveObstacleDto'],
          headers,
        }),
      ),
    onDone,
  );
  return (
    <ObstacleFormFrame
      title={t('obstacles.resolve.title')}
      intro={t('obstacles.resolve.intro')}
      command={c}
      before={openedHistory}
      after={obstacle.history}
      saveLabel={t('obstacles.resolve.save')}
      onCancel={onDone}
      onSubmit={() =>
        void c.submit({
          resolvedOn: resolvedOn ?? undefined,
          resolution,
          ...(evidence.length > 0 && { evidence }),
        })
      }
    >
      <DateField
        {...c.field('resolvedOn')}
        label={t('obstacles.resolve.on')}
        withAsterisk
        value={resolvedOn}
        onChange={setResolvedOn}
      />
      <Textarea
        {...c.field('resolution')}
        label={t('obstacles.resolve.resolution')}
        withAsterisk
        autosize
        minRows={3}
        value={resolution}
        onChange={(event) => setResolution(event.currentTarget.value)}
      />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {optionalLabel(t, t('obstacles.resolve.evidence'))}
        </Text>
        <RepeatedRows
          rows={evidence}
          onChange={setEvidence}
          empty={() => ({ title: '', reference: '' })}
          rowName={(index) => t('obstacles.resolve.evidenceRow', { number: index + 1 })}
          row={(value, index, change) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                {...c.field(`evidence.${index}.title`)}
                label={t('obstacles.resolve.evidenceTitle', { number: index + 1 })}
                withAsterisk
                value={value.title}
                onChange={(event) => change({ ...value, title: event.currentTarget.value })}
              />
              <TextInput
                {...c.field(`evidence.${index}.reference`)}
                label={t('obstacles.resolve.evidenceReference', { number: index + 1 })}
                withAsterisk
                value={value.reference}
                onChange={(event) => change({ ...value, reference: event.currentTarget.value })}
              />
            </SimpleGrid>
          )}
        />
      </Stack>
    </ObstacleFormFrame>
  );
};
