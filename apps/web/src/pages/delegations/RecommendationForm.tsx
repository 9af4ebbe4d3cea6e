import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { optionalLabel, useCommand } from '../../forms';
import { AgencySelect } from '../../components/AgencySelect';
import { CommandForm } from './CommandForm';
import { agencyName, findingKindLabel, type DelegationView } from './delegation-view';
import { dateValue } from './form-values';
import { DateField } from '../../components/DateField';

interface RecommendationBody {
  addresseeAgencyId: string;
  text: string;
  findingIds: string[];
  responseDueOn: string;
  issuedOn?: string;
}

/**
 * "Ban hành kiến nghị": what the delegation asks one agency to do, citing the findings it comes
 * from, and by when the agency must answer. The recommendation then has its own page.
 * The Idempotency-Key still makes a double click or a retry issue it once.
 */
export const RecommendationForm = ({
  delegation,
  onDone,
}: {
  delegation: DelegationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [findingIds, setFindingIds] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const command = useCommand({
    schema: 'IssueRecommendationDto',
    // No If-Match: the command creates the recommendation's own case, and the API checks
    // If-Match against that new case (it would refuse the delegation's revision with a 412).
    send: (body: RecommendationBody, headers) =>
      answer(
        api.POST('/api/delegations/{id}/recommendations', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations'], ['recommendations']],
    onSaved: onDone,
  });
  const submit = () =>
    void command.submit({
      // Absent when none is chosen: the kit then says the addressee is required.
      addresseeAgencyId: addresseeId as string,
      text,
      findingIds,
      responseDueOn: dateValue(dueOn) as string,
      ...(dateValue(issuedOn) !== undefined && { issuedOn }),
    });
  const cited = command.field('findingIds');
  return (
    <CommandForm
      title={t('delegations.recommendations.form')}
      command={command}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('delegations.recommendations.submit')}
    >
      <AgencySelect
        label={t('delegations.fields.addressee')}
        clearable
        value={addresseeId}
        onChange={setAddresseeId}
        {...command.field('addresseeAgencyId')}
      />
      <Textarea
        label={t('delegations.fields.recommendationText')}
        autosize
        minRows={3}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        {...command.field('text')}
      />
      <Checkbox.Group
        label={t('delegations.fields.citedFindings')}
        description={t('delegations.recommendations.citeHint')}
        value={findingIds}
        onChange={setFindingIds}
        error={cited.error}
      >
        <Stack gap="xs" mt={6} id={cited.id} tabIndex={-1}>
          {delegation.findings.map((finding) => {
            const kind = findingKindLabel(finding.kind);
            return (
              <Checkbox
                key={finding.id}
                value={finding.id}
                label={finding.statement}
                description={
                  <Text span size="xs" c="gray.7">
                    {kind ? `${t(kind)} · ` : ''}
                    {agencyName(finding.agency)}
                  </Text>
                }
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
      <DateField
        label={t('delegations.fields.responseDueOn')}
        value={dueOn}
        onChange={(date) => setDueOn(date ?? '')}
        {...command.field('responseDueOn')}
      />
      <DateField
        label={optionalLabel(t, t('delegations.fields.issuedOn'))}
        description={t('delegations.recommendations.issuedOnHint')}
        value={issuedOn}
        onChange={(date) => setIssuedOn(date ?? '')}
        {...command.field('issuedOn')}
      />
    </CommandForm>
  );
};
