import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { problemText } from '../api/problem-text';

/** Says what went wrong in the reader's language, from the problem's code: never the API's own words. */
export const useProblemText = () => {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    const problem = error instanceof ApiError ? error : ApiError.network();
    const text = problemText(problem, i18n.language, (key) => i18n.exists(key));
    // A key built from the HTTP status; problemText only returns keys the catalogue has.
    return 'sentence' in text ? text.sentence : (t as (key: string) => string)(text.key);
  };
};

export const ProblemAlert = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  const text = useProblemText();
  return (
    <Alert color="red" variant="light" title={t('problems.title')} role="alert">
      {text(error)}
      {onRetry && (
        <Button variant="subtle" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('problems.retry')}
        </Button>
      )}
    </Alert>
  );
};
