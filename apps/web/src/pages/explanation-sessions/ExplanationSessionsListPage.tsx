import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { agencyName } from '../delegations/delegation-view';
import { supervisorText } from '../delegations/supervisor-text';
import { SourceList } from '../sources/SourceList';
import { SourceRow } from '../sources/SourceRow';
import type { ExplanationSessionSummary } from '../sources/source-view';

/** /explanation-sessions — the sessions, latest first, searched ("von dau tu" finds "vốn đầu tư"). */
export const ExplanationSessionsListPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.explanationSessions');
  const api = useApi();
  const { session } = useSession();
  return (
    <SourceList<ExplanationSessionSummary>
      queryKey="explanation-sessions"
      load={async (query) => {
        const page = await answer(api.GET('/api/explanation-sessions', { params: { query } }));
        // The API's document leaves list items untyped (source-view.ts says why).
        return { items: page.items as unknown as ExplanationSessionSummary[], total: page.total };
      }}
      title={t('explanationSessions.list.title')}
      intro={t('explanationSessions.list.intro')}
      create={
        can(session?.user.role, 'holdExplanationSession')
          ? { to: '/explanation-sessions/new', label: t('explanationSessions.hold.title') }
          : undefined
      }
      counted={(count, q) =>
        q === ''
          ? t('explanationSessions.list.count', { count })
          : t('explanationSessions.list.found', { count, q })
      }
      row={(item) => (
        <SourceRow
          key={item.id}
          to={`/explanation-sessions/${item.id}`}
          title={item.issue}
          concludedOn={item.concludedOn}
        >
          {agencyName(item.agency)} · {formatDate(item.heldOn)} ·{' '}
          {supervisorText(t, item.supervisor)}
        </SourceRow>
      )}
    />
  );
};
