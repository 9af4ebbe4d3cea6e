import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from '../api/api-error';
import { ApiProvider } from '../api/ApiProvider';
import { SessionProvider } from '../session/SessionProvider';
import { RequireSession } from '../session/RequireSession';
import { SignInPage } from '../session/SignInPage';
import { Layout } from '../shell/Layout';
import { NotFoundPage } from '../pages/placeholder/NotFoundPage';
import {
  AccountPage,
  AdministrationPage,
  AgenciesPage,
  AgencyPage,
  AuditLogPage,
  CommitteeSupervisionPage,
  CommitteeSupervisionsListPage,
  DashboardPage,
  DelegationPage,
  DelegationsListPage,
  EstablishDelegationPage,
  HoldInterpellationPage,
  InterpellationPage,
  InterpellationsListPage,
  ExplanationSessionPage,
  ExplanationSessionsListPage,
  HoldExplanationSessionPage,
  PetitionRoundsListPage,
  PetitionRoundPage,
  AnswerPetitionsPage,
  IntegrityPage,
  ObstaclePage,
  ObstaclesPage,
  PublicPage,
  RecommendationPage,
  RegisterAgencyPage,
  StartCommitteeSupervisionPage,
  TodoPage,
  TrackerPage,
  ImportPage,
} from './pages';
import { cssVariablesResolver, theme } from './theme';

/** Errors a retry cannot mend: the reader's input, rights or session. */
const retryable = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export const App = () => {
  const { i18n } = useTranslation();
  const [queries] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: retryable, staleTime: 30_000 } } }),
  );
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Notifications position="top-right" />
      <DatesProvider settings={{ locale: i18n.language }}>
        <QueryClientProvider client={queries}>
          <BrowserRouter>
            <SessionProvider>
              <ApiProvider>
                <Routes>
                  <Route path="/sign-in" element={<SignInPage />} />
                  {/* The public page: anyone, without signing in (docs/console.md). */}
                  <Route
                    path="/cong-khai"
                    element={
                      <Suspense fallback={null}>
                        <PublicPage />
                      </Suspense>
                    }
                  />
                  <Route
                    element={
                      <RequireSession>
                        <Layout />
                      </RequireSession>
                    }
                  >
                    <Route index element={<TodoPage />} />
                    <Route path="account" element={<AccountPage />} />
                    <Route path="recommendations" element={<TrackerPage />} />
                    <Route path="recommendations/import" element={<ImportPage />} />
                    <Route path="delegations" element={<DelegationsListPage />} />
                    <Route path="delegations/new" element={<EstablishDelegationPage />} />
                    <Route path="delegations/:id" element={<DelegationPage />} />
                    <Route path="interpellations" element={<InterpellationsListPage />} />
                    <Route path="interpellations/new" element={<HoldInterpellationPage />} />
                    <Route path="interpellations/:id" element={<InterpellationPage />} />
                    <Route path="explanation-sessions" element={<ExplanationSessionsListPage />} />
                    <Route
                      path="explanation-sessions/new"
                      element={<HoldExplanationSessionPage />}
                    />
                    <Route path="explanation-sessions/:id" element={<ExplanationSessionPage />} />
                    <Route
                      path="committee-supervisions"
                      element={<CommitteeSupervisionsListPage />}
                    />
                    <Route
                      path="committee-supervisions/new"
                      element={<StartCommitteeSupervisionPage />}
                    />
                    <Route
                      path="committee-supervisions/:id"
                      element={<CommitteeSupervisionPage />}
                    />
                    <Route path="petition-rounds" element={<PetitionRoundsListPage />} />
                    <Route path="petition-rounds/:id" element={<PetitionRoundPage />} />
                    <Route path="petition-answers/:id" element={<AnswerPetitionsPage />} />
                    <Route path="recommendations/:id" element={<RecommendationPage />} />
                    <Route path="obstacles" element={<ObstaclesPage />} />
                    <Route path="obstacles/:id" element={<ObstaclePage />} />
                    <Route path="agencies" element={<AgenciesPage />} />
                    <Route path="agencies/new" element={<RegisterAgencyPage />} />
                    <Route path="agencies/:id" element={<AgencyPage />} />
                    <Route path="dashboard" element={<DashboardPage />} />
                    <Route path="audit" element={<AuditLogPage />} />
                    <Route path="audit/integrity" element={<IntegrityPage />} />
                    <Route path="administration/*" element={<AdministrationPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </ApiProvider>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
};
