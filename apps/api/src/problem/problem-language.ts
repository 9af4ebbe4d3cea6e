import type { Request, Response } from 'express';
import {
  fieldErrorMessage,
  messageOf,
  negotiateLocale,
  type Locale,
  type MessageParams,
} from '@hdnd/messages';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem';

/**
 * The language of a problem when the request asks for neither Vietnamese nor English. English,
 * because it is what the API answered before it spoke Vietnamese: clients and scripts that send
 * no Accept-Language keep reading the same sentences. The console always sends its user's.
 */
export const DEFAULT_PROBLEM_LOCALE: Locale = 'en';

/** The language a request's problem is told in, by its Accept-Language (q-values weighed). */
export const problemLocaleOf = (request: Request): Locale => {
  const header = request.headers['accept-language'];
  return negotiateLocale(typeof header === 'string' ? header : undefined, DEFAULT_PROBLEM_LOCALE);
};

/**
 * The problem in the request's language. English is the sentence the API wrote where it refused
 * (it names the dates, ids and revisions of this very request); Vietnamese is the catalogue's
 * sentence for the code, with the facts the error gave as params, and each field at fault
 * said by its label. `code`, `status` and the fields' codes and bounds are the same in both.
 */
export const inLocale = (problem: Problem, locale: Locale, params: MessageParams = {}): Problem =>
  locale === 'en'
    ? problem
    : {
        ...problem,
        detail: messageOf(problem.code, locale, params),
        ...(problem.errors && {
          errors: problem.errors.map((error) => ({
            ...error,
            message: fieldErrorMessage(error, locale),
          })),
        }),
      };

/**
 * Sends a problem in the request's language, saying which (Content-Language) and that the
 * answer depends on Accept-Language, so that a cache keeps one per language.
 */
export const sendProblem = (
  request: Request,
  response: Response,
  problem: Problem,
  params: MessageParams = {},
): void => {
  const locale = problemLocaleOf(request);
  response.setHeader('Content-Language', locale);
  response.vary('Accept-Language');
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(inLocale(problem, locale, params)));
};
