import type { FieldError } from './bad-input';
import type { ProblemCode } from './problem-codes';

/** RFC 9457 problem details, the one shape of every error this API answers. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  /** Stable machine-readable reason, e.g. `recommendation.closed`: on every error, so required. */
  readonly code: ProblemCode;
  /** For bad input: which fields, the constraint each broke (its code and bound), and a sentence. */
  readonly errors?: readonly FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URIs: stable names under this API's namespace, one per kind of failure. */
export const problemType = (name: string): string => `https://hdnd.example/problems/${name}`;
