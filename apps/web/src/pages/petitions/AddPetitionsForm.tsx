import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { AgencySelect } from '../../components/AgencySelect';
import { RepeatedRows, useCommand } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';

interface Row {
  text: string;
  voters: string;
  agencyId: string | null;
}

const emptyRow = (): Row => ({ text: '', voters: '', agencyId: null });

/**
 * "Thêm kiến nghị cử tri": several petitions at once, as the summary of the voters' meetings
 * lists them — each what was asked, where, and the agency that must answer. All are recorded
 * in one request, so the round never holds half of what the clerk typed.
 */
export const AddPetitionsForm = ({
  roundId,
  onDone,
}: {
  roundId: string;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [rows, setRows] = useState<Row[]>([emptyRow(), emptyRow()]);
  const command = useCommand({
    schema: 'RecordPetitionsDto',
    send: (body: { petitions: { text: string; voters: string; agencyId: string }[] }, headers) =>
      answer(
        api.POST('/api/petition-rounds/{id}/petitions', {
          params: { path: { id: roundId } },
          body,
          headers,
        }),
      ),
    invalidates: [['petition-rounds']],
    onSaved: onDone,
  });
  const rowName = (index: number) => t('petitions.petitions.number', { n: index + 1 });
  return (
    <CommandForm
      title={t('petitions.add.title')}
      command={command}
      onSubmit={() =>
        void command.submit({
          // Absent when none is chosen: the kit then says the agency is required.
          petitions: rows.map((row) => ({ ...row, agencyId: row.agencyId as string })),
        })
      }
      onCancel={() => onDone()}
      saveLabel={t('petitions.add.submit')}
    >
      <Text size="sm" c="gray.7">
        {t('petitions.add.intro')}
      </Text>
      <RepeatedRows
        rows={rows}
        onChange={setRows}
        empty={emptyRow}
        rowName={rowName}
        row={(row, index, change) => (
          <Stack
            gap="xs"
            component="fieldset"
            aria-label={rowName(index)}
            m={0}
            p="sm"
            // Each petition in its own box: three fields a row, the rows would run together.
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          >
            <Text fw={600} size="sm">
              {rowName(index)}
            </Text>
            <Textarea
              label={t('petitions.fields.text')}
              autosize
              minRows={2}
              value={row.text}
              onChange={(event) => change({ ...row, text: event.currentTarget.value })}
              {...command.field(`petitions.${index}.text`)}
            />
            <TextInput
              label={t('petitions.fields.voters')}
              description={t('petitions.add.votersHint')}
              value={row.voters}
              onChange={(event) => change({ ...row, voters: event.currentTarget.value })}
              {...command.field(`petitions.${index}.voters`)}
            />
            <AgencySelect
              label={t('petitions.fields.agency')}
              clearable
              value={row.agencyId}
              onChange={(agencyId) => change({ ...row, agencyId })}
              {...command.field(`petitions.${index}.agencyId`)}
            />
          </Stack>
        )}
      />
    </CommandForm>
  );
};
