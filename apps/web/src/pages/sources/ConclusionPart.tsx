import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PagePart } from '../../components/PagePart';
import { formatDate } from '../../i18n/format';

/** The conclusion part of a page: its day and text once recorded, or that it is still to come. */
export const ConclusionPart = ({
  title,
  notYet,
  concludedOn,
  conclusion,
  action,
  form,
}: {
  title: string;
  notYet: string;
  concludedOn: string | null;
  conclusion: string | null;
  action?: ReactNode;
  form?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <PagePart title={title} action={action} form={form}>
      {concludedOn !== null ? (
        <Card withBorder padding="md">
          <Text fw={600}>{t('sources.conclusion.on', { date: formatDate(concludedOn) })}</Text>
          {conclusion && (
            <Text mt={4} style={{ whiteSpace: 'pre-line' }}>
              {conclusion}
            </Text>
          )}
        </Card>
      ) : (
        !form && <Text c="gray.7">{notYet}</Text>
      )}
    </PagePart>
  );
};
