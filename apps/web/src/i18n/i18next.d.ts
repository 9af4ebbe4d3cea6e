import 'i18next';
import type { vi } from './catalogues';

// Keys are checked against the Vietnamese catalogue: a typo in t('…') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
