import type { TFunction } from 'i18next';

/** A field's label with "(không bắt buộc)" after it, for a field the API does not require. */
export const optionalLabel = (t: TFunction, label: string): string =>
  `${label} ${t('forms.optional')}`;
