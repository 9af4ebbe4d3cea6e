import { lazy } from 'react';

/*
 * Each page is its own script, fetched the first time it is opened: the sign-in page and the
 * shell load without the forms, tables and calendars of every page (bench:web holds the first
 * load under 250 kB gzip). The shell shows "Đang tải…" meanwhile.
 */

export const AccountPage = lazy(() =>
  import('../pages/account/AccountPage').then((page) => ({ default: page.AccountPage })),
);
export const TodoPage = lazy(() =>
  import('../pages/todo/TodoPage').then((page) => ({ default: page.TodoPage })),
);
export const TrackerPage = lazy(() =>
  import('../pages/tracker/TrackerPage').then((page) => ({ default: page.TrackerPage })),
);
export const RecommendationPage = lazy(() =>
  import('../pages/recommendation/RecommendationPage').then((page) => ({
    default: page.RecommendationPage,
  })),
);
export const DelegationsListPage = lazy(() =>
  import('../pages/delegations/DelegationsListPage').then((page) => ({
    default: page.DelegationsListPage,
  })),
);
export const EstablishDelegationPage = lazy(() =>
  import('../pages/delegations/EstablishDelegationPage').then((page) => ({
    default: page.EstablishDelegationPage,
  })),
);
export const DelegationPage = lazy(() =>
  import('../pages/delegations/DelegationPage').then((page) => ({ default: page.DelegationPage })),
);
export const InterpellationsListPage = lazy(() =>
  import('../pages/interpellations/InterpellationsListPage').then((page) => ({
    default: page.InterpellationsListPage,
  })),
);
export const HoldInterpellationPage = lazy(() =>
  import('../pages/interpellations/HoldInterpellationPage').then((page) => ({
    default: page.HoldInterpellationPage,
  })),
);
export const InterpellationPage = lazy(() =>
  import('../pages/interpellations/InterpellationPage').then((page) => ({
    default: page.InterpellationPage,
  })),
);
export const ExplanationSessionsListPage = lazy(() =>
  import('../pages/explanation-sessions/ExplanationSessionsListPage').then((page) => ({
    default: page.ExplanationSessionsListPage,
  })),
);
export const HoldExplanationSessionPage = lazy(() =>
  import('../pages/explanation-sessions/HoldExplanationSessionPage').then((page) => ({
    default: page.HoldExplanationSessionPage,
  })),
);
export const ExplanationSessionPage = lazy(() =>
  import('../pages/explanation-sessions/ExplanationSessionPage').then((page) => ({
    default: page.ExplanationSessionPage,
  })),
);
export const CommitteeSupervisionsListPage = lazy(() =>
  import('../pages/committee-supervisions/CommitteeSupervisionsListPage').then((page) => ({
    default: page.CommitteeSupervisionsListPage,
  })),
);
export const StartCommitteeSupervisionPage = lazy(() =>
  import('../pages/committee-supervisions/StartCommitteeSupervisionPage').then((page) => ({
    default: page.StartCommitteeSupervisionPage,
  })),
);
export const CommitteeSupervisionPage = lazy(() =>
  import('../pages/committee-supervisions/CommitteeSupervisionPage').then((page) => ({
    default: page.CommitteeSupervisionPage,
  })),
);
export const AdministrationPage = lazy(() =>
  import('../pages/administration/AdministrationPage').then((page) => ({
    default: page.AdministrationPage,
  })),
);
export const ObstaclesPage = lazy(() =>
  import('../pages/obstacles/ObstaclesPage').then((page) => ({ default: page.ObstaclesPage })),
);
export const ObstaclePage = lazy(() =>
  import('../pages/obstacles/ObstaclePage').then((page) => ({ default: page.ObstaclePage })),
);
export const AgenciesPage = lazy(() =>
  import('../pages/agencies/AgenciesPage').then((page) => ({ default: page.AgenciesPage })),
);
export const AgencyPage = lazy(() =>
  import('../pages/agencies/AgencyPage').then((page) => ({ default: page.AgencyPage })),
);
export const RegisterAgencyPage = lazy(() =>
  import('../pages/agencies/RegisterAgencyPage').then((page) => ({
    default: page.RegisterAgencyPage,
  })),
);
export const AuditLogPage = lazy(() =>
  import('../pages/audit/AuditLogPage').then((page) => ({ default: page.AuditLogPage })),
);
export const IntegrityPage = lazy(() =>
  import('../pages/audit/IntegrityPage').then((page) => ({ default: page.IntegrityPage })),
);
export const PublicPage = lazy(() =>
  import('../pages/public/PublicPage').then((page) => ({ default: page.PublicPage })),
);
export const DashboardPage = lazy(() =>
  import('../pages/dashboard/DashboardPage').then((page) => ({ default: page.DashboardPage })),
);
export const ImportPage = lazy(() =>
  import('../pages/import/ImportPage').then((page) => ({ default: page.ImportPage })),
);
export const PetitionRoundsListPage = lazy(() =>
  import('../pages/petitions/PetitionRoundsListPage').then((page) => ({
    default: page.PetitionRoundsListPage,
  })),
);
export const PetitionRoundPage = lazy(() =>
  import('../pages/petitions/PetitionRoundPage').then((page) => ({
    default: page.PetitionRoundPage,
  })),
);
export const AnswerPetitionsPage = lazy(() =>
  import('../pages/petitions/AnswerPetitionsPage').then((page) => ({
    default: page.AnswerPetitionsPage,
  })),
);
