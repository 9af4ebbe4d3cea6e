import { isLocale, messageOf, placeholdersOf, templateOf } from '@hdnd/messages';
import { NETWORK_FAILURE, type ApiError } from './api-error';

/** A problem as the reader sees it: a sentence of the API's own catalogue, or a console text's key. */
export type ProblemText = Readonly<{ sentence: string }> | Readonly<{ key: string }>;

/**
 * What explains an error: the sentence the API's catalogue (`@hdnd/messages`, the same one the
 * API answers `detail` from) writes for its code, when that sentence needs no fact the console
 * lacks; else the console's sentence for its HTTP status; else the generic one for a client or
 * a server failure. One catalogue for every code, so the console and the API never say two things.
 */
export const problemText = (
  error: Pick<ApiError, 'status' | 'code'>,
  language: string,
  has: (key: string) => boolean,
): ProblemText => {
  if (error.code === NETWORK_FAILURE) return { key: 'problems.network' };
  const locale = isLocale(language) ? language : 'vi';
  const template = templateOf(error.code, locale);
  if (template !== undefined && placeholdersOf(template).required.length === 0)
    return { sentence: messageOf(error.code, locale) };
  const byStatus = `problems.status.${error.status}`;
  if (has(byStatus)) return { key: byStatus };
  return { key: error.status >= 500 ? 'problems.status.500' : 'problems.status.400' };
};
