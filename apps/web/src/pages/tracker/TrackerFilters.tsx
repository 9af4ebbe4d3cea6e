import { Button, Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionProvider';
import { DateField } from '../../components/DateField';
import {
  BODY_LABELS,
  COUNCIL_LEVELS,
  LEVEL_LABELS,
  SUPERVISING_BODIES,
} from '../delegations/supervisor-bodies';
import { STATUS_LABELS } from './recommendation-summary';
import { useAgencyChoices, useDelegationChoices } from './reference-lists';
import { SOURCE_KINDS, SOURCE_LABELS } from './source-kinds';
import { SORTS, STATUSES, type TrackerSort, type TrackerView } from './tracker-query';

const SORT_LABELS = {
  responseDueOn: 'tracker.sorts.dueFirst',
  '-responseDueOn': 'tracker.sorts.dueLast',
  issuedOn: 'tracker.sorts.issuedFirst',
  '-issuedOn': 'tracker.sorts.issuedLast',
} as const satisfies Record<TrackerSort, string>;

/** The tracker's filters: the search is sent on Enter; every other choice applies at once. */
export const TrackerFilters = ({
  view,
  change,
  clear,
}: {
  view: TrackerView;
  change: (change: Partial<TrackerView>) => void;
  clear: () => void;
}) => {
  const { t } = useTranslation();
  const role = useSession().session?.user.role;
  // An agency's officer sees only its own cases, and no delegation list: no filter to offer.
  const agencyFilter = role !== undefined && role !== 'agency';
  const agencies = useAgencyChoices(agencyFilter);
  const delegations = useDelegationChoices(agencyFilter);
  return (
    <div>
      {/* Keyed by the search sent: a link or the back button changing it refills the box. */}
      <SearchBox key={view.q} sent={view.q} search={(q) => change({ q })} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="sm">
        <Select
          label={t('tracker.status')}
          placeholder={t('tracker.anyStatus')}
          data={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
          value={view.status ?? null}
          onChange={(status) => change({ status: (status ?? undefined) as TrackerView['status'] })}
          clearable
          clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
        />
        <Select
          label={t('tracker.source')}
          placeholder={t('tracker.anySource')}
          data={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(SOURCE_LABELS[kind]) }))}
          value={view.sourceKind ?? null}
          onChange={(kind) =>
            change({ sourceKind: (kind ?? undefined) as TrackerView['sourceKind'] })
          }
          clearable
          clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
        />
        <Select
          label={t('tracker.supervisingBody')}
          placeholder={t('tracker.anyBody')}
          data={SUPERVISING_BODIES.map((body) => ({ value: body, label: t(BODY_LABELS[body]) }))}
          value={view.supervisingBody ?? null}
          onChange={(body) =>
            change({ supervisingBody: (body ?? undefined) as TrackerView['supervisingBody'] })
          }
          clearable
          clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
        />
        <Select
          label={t('tracker.level')}
          placeholder={t('tracker.anyLevel')}
          data={COUNCIL_LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABELS[level]) }))}
          value={view.level ?? null}
          onChange={(level) => change({ level: (level ?? undefined) as TrackerView['level'] })}
          clearable
          clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
        />
        {agencyFilter && (
          <Select
            label={t('tracker.agency')}
            placeholder={t('tracker.anyAgency')}
            data={agencies.data ?? []}
            value={view.agencyId ?? null}
            onChange={(agencyId) => change({ agencyId: agencyId ?? undefined })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
            nothingFoundMessage={t('tracker.nothingFound')}
          />
        )}
        {agencyFilter && (
          <Select
            label={t('tracker.delegation')}
            placeholder={t('tracker.anyDelegation')}
            data={delegations.data ?? []}
            value={view.delegationId ?? null}
            onChange={(delegationId) => change({ delegationId: delegationId ?? undefined })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('tracker.clearField') }}
            nothingFoundMessage={t('tracker.nothingFound')}
          />
        )}
        <DateField
          label={t('tracker.dueBefore')}
          description={t('tracker.dueBeforeHint')}
          maw={undefined}
          value={view.dueBefore ?? null}
          onChange={(date) => change({ dueBefore: date ?? undefined })}
        />
        <Select
          label={t('tracker.sort')}
          data={SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
          value={view.sort}
          onChange={(sort) => sort && change({ sort: sort as TrackerSort })}
          allowDeselect={false}
        />
        <Checkbox
          label={t('tracker.overdueOnly')}
          checked={view.overdue}
          onChange={(event) => change({ overdue: event.currentTarget.checked })}
          mt={{ base: 0, sm: 30 }}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="default" onClick={clear}>
          {t('tracker.clear')}
        </Button>
      </Group>
    </div>
  );
};

/**
 * The search box: sent when the reader presses Enter or "Tìm" (a request per keystroke would
 * page through the API for nothing).
 */
const SearchBox = ({ sent, search }: { sent: string; search: (q: string) => void }) => {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(sent);
  return (
    <form
      role="search"
      aria-label={t('tracker.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        search(typed.trim());
      }}
    >
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('tracker.search')}
          description={t('tracker.searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          type="search"
          maxLength={200}
        />
        <Button type="submit">{t('tracker.searchButton')}</Button>
      </Group>
    </form>
  );
};
