import shellEn from './en.json';
import shellVi from './vi.json';
import formsEn from '../forms/texts.en.json';
import formsVi from '../forms/texts.vi.json';
import todoEn from '../pages/todo/texts.en.json';
import todoVi from '../pages/todo/texts.vi.json';
import componentsEn from '../components/texts.en.json';
import componentsVi from '../components/texts.vi.json';
import obstaclesEn from '../pages/obstacles/texts.en.json';
import obstaclesVi from '../pages/obstacles/texts.vi.json';
import agenciesEn from '../pages/agencies/texts.en.json';
import agenciesVi from '../pages/agencies/texts.vi.json';

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
  components: componentsVi,
  obstacles: obstaclesVi,
  agencies: agenciesVi,
};

export const en: typeof vi = {
  ...shellEn,
  forms: formsEn,
  todo: todoEn,
  components: componentsEn,
  obstacles: obstaclesEn,
  agencies: agenciesEn,
};
