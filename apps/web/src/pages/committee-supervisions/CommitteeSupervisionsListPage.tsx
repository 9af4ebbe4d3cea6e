import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { supervisorText } from '../delegations/supervisor-text';
import { SourceList } from '../sources/SourceList';
import { SourceRow } from '../sources/SourceRow';
import type { CommitteeSupervisionSummary } from '../sources/source-view';

/** /committee-supervisions — the Standing Committee's and committees' own supervisions. */
export const CommitteeSupervisionsListPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.committeeSupervisions');
  const api = useApi();
  const { session } = useSession();
  return (
    <SourceList<CommitteeSupervisionSummary>
      queryKey="committee-supervisions"
      load={async (query) => {
        const page = await answer(api.GET('/api/committee-supervisions', { params: { query } }));
        // The API's document leaves list items untyped (source-view.ts says why).
        return { items: page.items as unknown as CommitteeSupervisionSummary[], total: page.total };
      }}
      title={t('committeeSupervisions.list.title')}
      intro={t('committeeSupervisions.list.intro')}
      create={
        can(session?.user.role, 'startCommitteeSupervision')
          ? { to: '/committee-supervisions/new', label: t('committeeSupervisions.start.title') }
          : undefined
      }
      counted={(count, q) =>
        q === ''
          ? t('committeeSupervisions.list.count', { count })
          : t('committeeSupervisions.list.found', { count, q })
      }
      row={(item) => (
        <SourceRow
          key={item.id}
          to={`/committee-supervisions/${item.id}`}
          title={item.topic}
          concludedOn={item.concludedOn}
        >
          {supervisorText(t, item.supervisor)} ·{' '}
          {t('committeeSupervisions.list.since', { date: formatDate(item.startedOn) })}
        </SourceRow>
      )}
    />
  );
};
