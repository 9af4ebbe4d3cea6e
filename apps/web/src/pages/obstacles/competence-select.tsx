import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPETENCE_LABELS, COMPETENCES, isCompetence, type Competence } from './obstacle';

/** The level competent to remove an obstacle: xã, tỉnh or trung ương. */
export const CompetenceSelect = ({
  value,
  onChange,
  id,
  error,
}: {
  value: Competence | null;
  onChange: (value: Competence | null) => void;
  id: string;
  error: string | undefined;
}) => {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      error={error}
      label={t('obstacles.form.competence')}
      withAsterisk
      value={value}
      data={COMPETENCES.map((c) => ({ value: c, label: t(COMPETENCE_LABELS[c]) }))}
      onChange={(next) => onChange(isCompetence(next) ? next : null)}
      allowDeselect={false}
    />
  );
};
