import { Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { EVENT_LABELS, type KnownEvent } from '../../forms/event-labels';
import { withFilters, type AuditFilters } from './audit-query';

const POSITION = /^\d{1,15}$/;

const positionOf = (text: string): number | undefined => {
  const trimmed = text.trim();
  return POSITION.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : undefined;
};

/**
 * The log browser's filters: typed here, applied together by "Lọc" (so a half-typed id does
 * not send a request per key), and kept in the address by the page.
 */
export const AuditFiltersForm = ({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    stream: filters.stream ?? '',
    type: filters.type ?? null,
    actor: filters.actor ?? '',
    command: filters.command ?? '',
    correlationId: filters.correlationId ?? '',
    from: filters.from ?? null,
    to: filters.to ?? null,
    fromPosition: filters.fromPosition?.toString() ?? '',
    toPosition: filters.toPosition?.toString() ?? '',
  });
  // The filters an auditor reaches for less often stay folded unless one of them is set.
  const [more, setMore] = useState(
    [
      filters.command,
      filters.correlationId,
      filters.from,
      filters.to,
      filters.fromPosition,
      filters.toPosition,
    ].some((value) => value !== undefined),
  );
  const set = (patch: Partial<typeof draft>) => setDraft((before) => ({ ...before, ...patch }));
  const types = (Object.keys(EVENT_LABELS) as KnownEvent[])
    .map((type) => ({ value: type, label: t(EVENT_LABELS[type]) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(
      withFilters({
        stream: draft.stream.normalize('NFC').trim(),
        ...(draft.type !== null && { type: draft.type }),
        actor: draft.actor.normalize('NFC').trim(),
        command: draft.command.trim(),
        correlationId: draft.correlationId.trim(),
        ...(draft.from !== null && { from: draft.from }),
        ...(draft.to !== null && { to: draft.to }),
        ...(positionOf(draft.fromPosition) !== undefined && {
          fromPosition: positionOf(draft.fromPosition),
        }),
        ...(positionOf(draft.toPosition) !== undefined && {
          toPosition: positionOf(draft.toPosition),
        }),
      }),
    );
  };
  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.log.filters')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label={t('audit.log.stream')}
            description={t('audit.log.streamHint')}
            value={draft.stream}
            onChange={(e) => set({ stream: e.currentTarget.value })}
            maxLength={200}
          />
          <Select
            label={t('audit.log.type')}
            description={t('audit.log.typeHint')}
            data={types}
            value={draft.type}
            onChange={(value) => set({ type: value })}
            searchable
            clearable
            placeholder={t('audit.log.anyType')}
            nothingFoundMessage={t('audit.log.noType')}
          />
          <TextInput
            label={t('audit.log.actor')}
            description={t('audit.log.actorHint')}
            value={draft.actor}
            onChange={(e) => set({ actor: e.currentTarget.value })}
            maxLength={200}
          />
        </SimpleGrid>
        <Collapse expanded={more} id="audit-more-filters">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <TextInput
              label={t('audit.log.command')}
              description={t('audit.log.commandHint')}
              value={draft.command}
              onChange={(e) => set({ command: e.currentTarget.value })}
              maxLength={100}
            />
            <TextInput
              label={t('audit.log.correlationId')}
              description={t('audit.log.correlationHint')}
              value={draft.correlationId}
              onChange={(e) => set({ correlationId: e.currentTarget.value })}
              maxLength={200}
            />
            <Group gap="sm" grow align="flex-start">
              <TextInput
                label={t('audit.log.fromPosition')}
                inputMode="numeric"
                value={draft.fromPosition}
                onChange={(e) => set({ fromPosition: e.currentTarget.value })}
                maxLength={15}
              />
              <TextInput
                label={t('audit.log.toPosition')}
                inputMode="numeric"
                value={draft.toPosition}
                onChange={(e) => set({ toPosition: e.currentTarget.value })}
                maxLength={15}
              />
            </Group>
            <DateField
              label={t('audit.log.from')}
              value={draft.from}
              onChange={(value) => set({ from: value })}
            />
            <DateField
              label={t('audit.log.to')}
              value={draft.to}
              onChange={(value) => set({ to: value })}
            />
          </SimpleGrid>
        </Collapse>
        <Group gap="sm">
          <Button type="submit">{t('audit.log.apply')}</Button>
          <Button type="button" variant="default" onClick={() => onApply({})}>
            {t('audit.log.clear')}
          </Button>
          <Button
            type="button"
            variant="subtle"
            aria-expanded={more}
            aria-controls="audit-more-filters"
            onClick={() => setMore((open) => !open)}
          >
            {t(more ? 'audit.log.fewerFilters' : 'audit.log.moreFilters')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
