import {
  Fieldset,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Group,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { RepeatedRows, optionalLabel, useCommand, type Command } from '../../forms';
import { formatDate } from '../../i18n/format';
import { AgencySelect } from '../../components/AgencySelect';
import { CommandForm } from './CommandForm';
import {
  agencyName,
  FINDING_KINDS,
  type DelegationView,
  type FindingKind,
  type Indicator,
} from './delegation-view';
import { dateValue, numberValue } from './form-values';
import { DateField } from '../../components/DateField';
import { useOpenedCase } from './useOpenedCase';

/** An indicator as typed: numbers as the inputs hold them ('' when empty). */
interface TypedIndicator {
  name: string;
  period: string;
  value: number | string;
  outOf: number | string;
  rank: number | string;
  rankOf: number | string;
  grade: string;
}

const NO_INDICATOR: TypedIndicator = {
  name: '',
  period: '',
  value: '',
  outOf: '',
  rank: '',
  rankOf: '',
  grade: '',
};

const indicatorOf = (typed: TypedIndicator): Indicator => {
  const numbers = {
    value: numberValue(typed.value),
    outOf: numberValue(typed.outOf),
    rank: numberValue(typed.rank),
    rankOf: numberValue(typed.rankOf),
  };
  return {
    name: typed.name,
    period: typed.period,
    ...Object.fromEntries(Object.entries(numbers).filter(([, value]) => value !== undefined)),
    grade: typed.grade,
  };
};

interface FindingBody {
  surveyId?: string;
  agencyId: string;
  kind: FindingKind;
  statement: string;
  indicators: Indicator[];
  recordedOn?: string;
}

/** One indicator's boxes: name and period, then the score, its scale, the rank and the grade. */
const IndicatorFields = ({
  value,
  onChange,
  path,
  n,
  command,
}: {
  value: TypedIndicator;
  onChange: (value: TypedIndicator) => void;
  path: string;
  n: number;
  command: Command<never> | Command<object>;
}) => {
  const { t, i18n } = useTranslation();
  // Vietnamese writes 84,72: the decimal comma is typed as it is read.
  const decimal = i18n.language === 'vi' ? ',' : '.';
  const number = (key: 'value' | 'outOf' | 'rank' | 'rankOf', label: string, integer = false) => (
    <NumberInput
      label={optionalLabel(t, label)}
      value={value[key]}
      onChange={(next) => onChange({ ...value, [key]: next })}
      decimalSeparator={decimal}
      allowDecimal={!integer}
      allowNegative={false}
      hideControls
      {...command.field(`${path}.${key}`)}
    />
  );
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('delegations.fields.indicatorName', { n })}
          value={value.name}
          onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
          {...command.field(`${path}.name`)}
        />
        <TextInput
          label={t('delegations.fields.indicatorPeriod', { n })}
          value={value.period}
          onChange={(event) => onChange({ ...value, period: event.currentTarget.value })}
          {...command.field(`${path}.period`)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        {number('value', t('delegations.fields.indicatorValue'))}
        {number('outOf', t('delegations.fields.indicatorOutOf'))}
        <TextInput
          label={optionalLabel(t, t('delegations.fields.indicatorGrade'))}
          value={value.grade}
          onChange={(event) => onChange({ ...value, grade: event.currentTarget.value })}
          {...command.field(`${path}.grade`)}
        />
        {number('rank', t('delegations.fields.indicatorRank'), true)}
        {number('rankOf', t('delegations.fields.indicatorRankOf'), true)}
      </SimpleGrid>
    </Stack>
  );
};

/**
 * "Ghi nhận kết quả giám sát": what the delegation found about one agency (an achievement, a
 * limitation, or an obstacle, which also opens an obstacle in the register), in the record's
 * words, with the figures inside it (84,72/100 · hạng 3/9 · Tốt).
 */
export const FindingForm = ({
  delegation,
  onDone,
}: {
  delegation: DelegationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const opened = useOpenedCase(delegation);
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [kind, setKind] = useState<FindingKind>('achievement');
  const [statement, setStatement] = useState('');
  const [indicators, setIndicators] = useState<TypedIndicator[]>([]);
  const [recordedOn, setRecordedOn] = useState('');
  const command = useCommand({
    schema: 'RecordFindingDto',
    revision: opened.revision,
    send: (body: FindingBody, headers) =>
      answer(
        api.POST('/api/delegations/{id}/findings', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations'], ['obstacles']],
    onSaved: onDone,
  });
  opened.follow(command.conflict);
  const survey = delegation.surveys.find((candidate) => candidate.id === surveyId);
  const submit = () =>
    void command.submit({
      ...(surveyId !== null && { surveyId }),
      // Absent when none is chosen: the kit then says the agency is required.
      agencyId: agencyId as string,
      kind,
      statement,
      indicators: indicators.map(indicatorOf),
      ...(dateValue(recordedOn) !== undefined && { recordedOn }),
    });
  return (
    <CommandForm
      title={t('delegations.findings.form')}
      command={command}
      opened={opened}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('delegations.findings.submit')}
    >
      {delegation.surveys.length > 0 && (
        <Select
          label={optionalLabel(t, t('delegations.fields.survey'))}
          data={delegation.surveys.map((candidate) => ({
            value: candidate.id,
            label: t('delegations.surveys.name', {
              date: formatDate(candidate.date),
              units: candidate.agencies.map(agencyName).join('; '),
            }),
          }))}
          value={surveyId}
          onChange={(next) => {
            setSurveyId(next);
            // A finding from a survey is about one of the units it visited.
            const units = delegation.surveys.find((candidate) => candidate.id === next)?.agencies;
            if (units?.length === 1) setAgencyId(units[0]!.id);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('delegations.clearChoice') }}
          {...command.field('surveyId')}
        />
      )}
      {survey ? (
        <Select
          label={t('delegations.fields.findingAgency')}
          data={survey.agencies.map((unit) => ({ value: unit.id, label: agencyName(unit) }))}
          value={agencyId}
          onChange={setAgencyId}
          {...command.field('agencyId')}
        />
      ) : (
        <AgencySelect
          label={t('delegations.fields.findingAgency')}
          clearable
          value={agencyId}
          onChange={setAgencyId}
          {...command.field('agencyId')}
        />
      )}
      <Radio.Group
        label={t('delegations.fields.findingKind')}
        value={kind}
        onChange={(next) => setKind(next as FindingKind)}
        {...command.field('kind')}
      >
        <Group gap="lg" mt={6}>
          {(Object.keys(FINDING_KINDS) as FindingKind[]).map((option) => (
            <Radio key={option} value={option} label={t(FINDING_KINDS[option])} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('delegations.fields.statement')}
        autosize
        minRows={3}
        value={statement}
        onChange={(event) => setStatement(event.currentTarget.value)}
        {...command.field('statement')}
      />
      <Fieldset legend={optionalLabel(t, t('delegations.fields.indicators'))}>
        <RepeatedRows
          rows={indicators}
          onChange={setIndicators}
          empty={() => NO_INDICATOR}
          rowName={(index) => t('delegations.fields.indicatorN', { n: index + 1 })}
          row={(indicator, index, change) => (
            <IndicatorFields
              value={indicator}
              onChange={change}
              path={`indicators.${index}`}
              n={index + 1}
              command={command}
            />
          )}
        />
      </Fieldset>
      <DateField
        label={optionalLabel(t, t('delegations.fields.recordedOn'))}
        description={t('delegations.findings.recordedOnHint')}
        value={recordedOn}
        onChange={(date) => setRecordedOn(date ?? '')}
        {...command.field('recordedOn')}
      />
    </CommandForm>
  );
};
