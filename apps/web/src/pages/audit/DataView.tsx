import { Text } from '@mantine/core';
import { isLocale, labelOf } from '@hdnd/messages';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { isRole, ROLE_LABELS } from '../../shell/roles';
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

/**
 * A field's name as people read it: the API's label for its path (`leader.position`), else for
 * its own name, else its name as written. A name nested in an object takes its own name's label
 * only where the API has no label for that name in another sense at the top level.
 */
const useFieldLabel = () => {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  return (path: string) => {
    const name = path.split('.').at(-1) ?? path;
    const found = labelOf(path, locale);
    if (found === undefined) return name;
    // labelOf falls back to the bare name; nested, that label may mean something else.
    return path !== name && found === labelOf(name, locale) && AMBIGUOUS.has(name) ? name : found;
  };
};

/** Names whose top-level label means something particular (`position`: a response's stance). */
const AMBIGUOUS = new Set(['position', 'kind', 'status', 'type', 'level']);

/** `path` is where the value sits in the data (`leader.position`), for its label and meaning. */
const Value = ({ value, path }: { value: unknown; path: string }) => {
  const { t } = useTranslation();
  const formatNumber = useNumber();
  if (path.split('.').at(-1) === 'role' && typeof value === 'string' && isRole(value))
    return <>{t(ROLE_LABELS[value])}</>;
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
              <Value value={item} path={path} />
            </span>
          ))}
        </>
      );
    return (
      <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {value.map((item, i) => (
          <li key={i} style={{ marginBottom: '0.25rem' }}>
            <Value value={item} path={path} />
          </li>
        ))}
      </ol>
    );
  }
  return <DataView data={value} path={path} />;
};

/**
 * An event's data as the record holds it, read as labelled fields rather than JSON: each field
 * under its label (the API's own, as its error messages name it), dates as dd/mm/yyyy, nested
 * objects and lists indented. Field names without a label are shown as written.
 */
export const DataView = ({ data, path = '' }: { data: unknown; path?: string }) => {
  const label = useFieldLabel();
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return <Value value={data} path={path} />;
  const entries = Object.entries(data as Record<string, unknown>);
  return (
    <dl style={list}>
      {entries.map(([key, value]) => {
        const at = path === '' ? key : `${path}.${key}`;
        return (
          <div key={key} style={{ display: 'contents' }}>
            <dt style={term} title={key}>
              {label(at)}
            </dt>
            <dd style={definition}>
              <Value value={value} path={at} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
};
