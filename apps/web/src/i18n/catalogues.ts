import shellEn from './en.json';
import shellVi from './vi.json';
import formsEn from '../forms/texts.en.json';
import formsVi from '../forms/texts.vi.json';
import administrationEn from '../pages/administration/texts.en.json';
import administrationVi from '../pages/administration/texts.vi.json';
import recommendationEn from '../pages/recommendation/texts.en.json';
import recommendationVi from '../pages/recommendation/texts.vi.json';
import todoEn from '../pages/todo/texts.en.json';
import todoVi from '../pages/todo/texts.vi.json';
import trackerEn from '../pages/tracker/texts.en.json';
import trackerVi from '../pages/tracker/texts.vi.json';
import delegationsEn from '../pages/delegations/texts.en.json';
import delegationsVi from '../pages/delegations/texts.vi.json';
import interpellationsEn from '../pages/interpellations/texts.en.json';
import interpellationsVi from '../pages/interpellations/texts.vi.json';
import componentsEn from '../components/texts.en.json';
import componentsVi from '../components/texts.vi.json';
import obstaclesEn from '../pages/obstacles/texts.en.json';
import obstaclesVi from '../pages/obstacles/texts.vi.json';
import agenciesEn from '../pages/agencies/texts.en.json';
import agenciesVi from '../pages/agencies/texts.vi.json';
import sourcesEn from '../pages/sources/texts.en.json';
import sourcesVi from '../pages/sources/texts.vi.json';
import explanationSessionsEn from '../pages/explanation-sessions/texts.en.json';
import explanationSessionsVi from '../pages/explanation-sessions/texts.vi.json';
import committeeSupervisionsEn from '../pages/committee-supervisions/texts.en.json';
import committeeSupervisionsVi from '../pages/committee-supervisions/texts.vi.json';
import dashboardEn from '../pages/dashboard/texts.en.json';
import dashboardVi from '../pages/dashboard/texts.vi.json';
import searchEn from '../search/texts.en.json';
import searchVi from '../search/texts.vi.json';
import timeTravelEn from '../time-travel/texts.en.json';
import timeTravelVi from '../time-travel/texts.vi.json';
import auditEn from '../pages/audit/texts.en.json';
import auditVi from '../pages/audit/texts.vi.json';
import publicPageEn from '../pages/public/texts.en.json';
import publicPageVi from '../pages/public/texts.vi.json';
import importPageEn from '../pages/import/texts.en.json';
import importPageVi from '../pages/import/texts.vi.json';
import accountEn from '../pages/account/texts.en.json';
import accountVi from '../pages/account/texts.vi.json';
import petitionsEn from '../pages/petitions/texts.en.json';
import petitionsVi from '../pages/petitions/texts.vi.json';

/*
 * The console's texts, one catalogue per language. The shell's texts (menus, sign-in, errors,
 * the council's vocabulary) live in this folder; the forms kit and each page keep their own texts beside its code
 * (`pages/<page>/texts.<language>.json`) under the page's own key, so adding a page touches
 * only its folder and one line per language here.
 */

export const vi = {
  ...shellVi,
  forms: formsVi,
  todo: todoVi,
  tracker: trackerVi,
  delegations: delegationsVi,
  interpellations: interpellationsVi,
  petitions: petitionsVi,
  administration: administrationVi,
  recommendation: recommendationVi,
  components: componentsVi,
  obstacles: obstaclesVi,
  agencies: agenciesVi,
  timeTravel: timeTravelVi,
  search: searchVi,
  audit: auditVi,
  publicPage: publicPageVi,
  dashboard: dashboardVi,
  sources: sourcesVi,
  explanationSessions: explanationSessionsVi,
  committeeSupervisions: committeeSupervisionsVi,
  importPage: importPageVi,
  account: accountVi,
};

export const en: typeof vi = {
  ...shellEn,
  forms: formsEn,
  todo: todoEn,
  tracker: trackerEn,
  delegations: delegationsEn,
  interpellations: interpellationsEn,
  petitions: petitionsEn,
  administration: administrationEn,
  recommendation: recommendationEn,
  components: componentsEn,
  obstacles: obstaclesEn,
  agencies: agenciesEn,
  timeTravel: timeTravelEn,
  search: searchEn,
  audit: auditEn,
  publicPage: publicPageEn,
  dashboard: dashboardEn,
  sources: sourcesEn,
  explanationSessions: explanationSessionsEn,
  committeeSupervisions: committeeSupervisionsEn,
  importPage: importPageEn,
  account: accountEn,
};
