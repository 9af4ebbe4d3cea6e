import type { BusinessRuleCode } from '@hdnd/domain';

/**
 * The words for the shape checks' codes, `<subject>.<field>-required|-invalid`: one sentence
 * per form, composed of a subject and a field word (both lower case, as they read inside a
 * sentence), rather than a sentence for each of their hundreds of pairs.
 */
export interface ShapeWords {
  /** `recommendation` → "kiến nghị": what the command is about. */
  readonly subjects: Readonly<Record<string, string>>;
  /** `issued-on` → "ngày ban hành": the field of the command, by its code's spelling. */
  readonly fields: Readonly<Record<string, string>>;
  /** With {subject} and {field}. */
  readonly required: string;
  /** With {subject} and {field}. */
  readonly invalid: string;
  /** With {subject}: `<subject>.data-required`, a command that carries no data. */
  readonly dataRequired: string;
}

/** Everything one language says about errors. */
export interface Catalogue {
  /** A sentence per business rule of the domain; a rule without one does not compile. */
  readonly rules: Readonly<Record<BusinessRuleCode, string>>;
  /**
   * A sentence per code of the application, the event store and the HTTP layer. Those codes
   * are named above this library; the API's spec checks that each has its sentence here.
   */
  readonly problems: Readonly<Record<string, string>>;
  readonly shape: ShapeWords;
  /**
   * A sentence per constraint a field can break, with {field} (its label) and, where the
   * constraint has one, {limit}, {allowed} or {other} (the other field's label).
   */
  readonly constraints: Readonly<Record<string, string>>;
  /**
   * The label of each field a request can carry, by its name (`text`) or, where the name means
   * something else inside another object, by its path without list positions (`legalBasis.number`).
   */
  readonly fields: Readonly<Record<string, string>>;
  /** Said for a code no sentence was written for (only a client older than the API meets one). */
  readonly unknownProblem: string;
  /** Said for a constraint no sentence was written for, with {field}. */
  readonly unknownConstraint: string;
}
