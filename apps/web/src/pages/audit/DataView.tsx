import { Text } from '@mantine/core';
import { isLocale, labelOf } from '@hdnd/messages';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useNumber } from '../administration/use-number';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

const list: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: '0.75rem',
  rowGap: '0.25rem',
  margin: 0,
};
const term: CSSProperties = { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' };
const definition: CSSProperties = {
  margin: 0,
  fontSize: 'var(--mantine-font-size-sm)',
  overflowWrap: 'anywhere',
  minWidth: 0,
};

/** A field's name as people read it: the API's label for it, else its name as written. */
const useFieldLabel = () => {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  return (key: string) => labelOf(key, locale) ?? key;
};

const Value = ({ value }: { value: unknown }) => {
  const { t } = useTranslation();
  const formatNumber = useNumber();
  if (value === null || value === undefined || value === '')
    return (
      <Text span c="gray.7" size="sm">
        {t('audit.data.empty')}
      </Text>
    );
  if (typeof value === 'boolean') return <>{t(value ? 'audit.data.yes' : 'audit.data.no')}</>;
  if (typeof value === 'number') return <>{formatNumber(value)}</>;
  if (typeof value === 'string') {
    if (LOCAL_DATE.test(value)) return <>{formatDate(value)}</>;
    if (INSTANT.test(value)) return <>{formatDateTime(value)}</>;
    return <>{value}</>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0)
      return (
        <Text span c="gray.7" size="sm">
          {t('audit.data.none')}
        </Text>
      );
    if (value.every((item) => typeof item !== 'object' || item === null))
      return (
        <>
          {value.map((item, i) => (
            <span key={i}>
              {i > 0 && '; '}
              <Value value={item} />
            </span>
          ))}
        </>
      );
    return (
      <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {value.map((item, i) => (
          <li key={i} style={{ marginBottom: '0.25rem' }}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    );
  }
  return <DataView data={value} />;
};

/**
 * An event's data as the record holds it, read as labelled fields rather than JSON: each field
 * under its label (the API's own, as its error messages name it), dates as dd/mm/yyyy, nested
 * objects and lists indented. Field names without a label are shown as written.
 */
export const DataView = ({ data }: { data: unknown }) => {
  const label = useFieldLabel();
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return <Value value={data} />;
  const entries = Object.entries(data as Record<string, unknown>);
  return (
    <dl style={list}>
      {entries.map(([key, value]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt style={term} title={key}>
            {label(key)}
          </dt>
          <dd style={definition}>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
};
