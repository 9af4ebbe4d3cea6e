import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { isLocale, fieldErrorMessage, type FieldErrorLike } from '@hdnd/messages';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { RequestSchema } from '../api/request-rules';
import { IdempotencyKeys } from './idempotency-keys';
import { cleanBody, validateBody } from './validate';

/** What every command a form sends carries besides its body. */
export type CommandHeaders = {
  'Idempotency-Key': string;
  /** The case revision the form showed, when it changes a case that exists. */
  'If-Match'?: string;
};

export interface CommandOptions<TBody, TResult> {
  /** The body's schema in the API's document: its rules are checked before sending. */
  readonly schema: RequestSchema;
  /** The revision of the case the form shows; none for a command that creates a case. */
  readonly revision?: number;
  /** Sends the body with these headers (an openapi-fetch call through `answer`). */
  readonly send: (body: TBody, headers: CommandHeaders) => Promise<TResult>;
  /** The queries that show what the command changes, refetched once it is recorded. */
  readonly invalidates?: readonly QueryKey[];
  readonly onSaved?: (result: TResult) => void;
}

export interface Command<TBody> {
  /** Checks the body with the API's rules, then sends it; resolves whether it was recorded. */
  submit(body: TBody): Promise<boolean>;
  readonly pending: boolean;
  /** The fields at fault, before sending or as the API answered, in the reader's words. */
  readonly fieldErrors: readonly { field: string; sentence: string }[];
  /**
   * `id` (for the summary's links) and `error` (the sentence) of one field, by its API path, and
   * `onInput`, which takes the sentence away once the reader types there: a fault they are
   * mending is not shouted at them while they mend it (the next save checks it again).
   */
  field(path: string): { id: string; error: string | undefined; onInput: () => void };
  /** Any other failure, for ProblemAlert; undefined when there is none or only field errors. */
  readonly problem: unknown;
  /** The case changed since `revision` (412): what was typed is kept; submit again to record. */
  readonly conflict: boolean;
}

/** The element id of a field, by its path in the body: what the error summary links to. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

/**
 * One command sent from a form: the API's rules checked before sending, an Idempotency-Key made
 * when the form opens, If-Match with the revision the form showed, field errors and the problem
 * in the reader's language, a conflict said plainly, and a "saved" notice when it is recorded.
 */
export const useCommand = <TBody extends object, TResult>(
  options: CommandOptions<TBody, TResult>,
): Command<TBody> => {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const keys = useRef<IdempotencyKeys | null>(null);
  keys.current ??= new IdempotencyKeys();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<readonly FieldErrorLike[]>([]);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [conflict, setConflict] = useState(false);

  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  const fieldErrors = errors.map((error) => ({
    field: error.field,
    sentence: fieldErrorMessage(error, locale),
  }));

  const submit = async (typed: TBody): Promise<boolean> => {
    if (pending) return false;
    const body = cleanBody(options.schema, typed);
    const found = validateBody(options.schema, body as Record<string, unknown>);
    setErrors(found);
    setProblem(undefined);
    if (found.length > 0) return false;
    setPending(true);
    try {
      const headers: CommandHeaders = {
        'Idempotency-Key': keys.current!.for(body),
        ...(options.revision !== undefined && { 'If-Match': `"${options.revision}"` }),
      };
      const result = await options.send(body, headers);
      setConflict(false);
      await Promise.all(
        (options.invalidates ?? []).map((queryKey) => queries.invalidateQueries({ queryKey })),
      );
      notifications.show({
        color: 'green',
        message: t('forms.saved'),
        closeButtonProps: { 'aria-label': t('forms.close') },
      });
      options.onSaved?.(result);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        // The case moved on: show the latest, keep what was typed, let the reader decide.
        setConflict(true);
        await Promise.all(
          (options.invalidates ?? []).map((queryKey) => queries.invalidateQueries({ queryKey })),
        );
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(error.fieldErrors.map((fault) => ({ ...fault, code: fault.code ?? '' })));
      } else {
        setProblem(error);
      }
      return false;
    } finally {
      setPending(false);
    }
  };

  return {
    submit,
    pending,
    fieldErrors,
    field: (path) => ({
      id: fieldId(path),
      error: fieldErrors.find((error) => error.field === path)?.sentence,
      onInput: () =>
        setErrors((current) =>
          current.some((error) => error.field === path || error.field.startsWith(`${path}.`))
            ? current.filter((error) => error.field !== path && !error.field.startsWith(`${path}.`))
            : current,
        ),
    }),
    problem,
    conflict,
  };
};
