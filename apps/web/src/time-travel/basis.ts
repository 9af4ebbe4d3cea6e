import { formatDate } from '../i18n/format';

/*
 * What a step of a case rests on, from the step's own fields: the legal instrument of a
 * succession or a transfer (`basis`), the resolution of a delegation (`legalBasis`), who
 * approved an extension (`approvedBy`). Steps that rest on nothing beyond their author have none.
 */

interface LegalBasis {
  readonly number: string;
  readonly issuedOn: string;
  readonly issuedBy: string;
}

const isLegalBasis = (value: unknown): value is LegalBasis =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LegalBasis).number === 'string' &&
  typeof (value as LegalBasis).issuedOn === 'string' &&
  typeof (value as LegalBasis).issuedBy === 'string';

/** What a step says it rests on, as a reader reads it; undefined when it says nothing. */
export const basisOf = (step: Readonly<Record<string, unknown>>): string | undefined => {
  if (typeof step.basis === 'string' && step.basis.trim() !== '') return step.basis;
  if (isLegalBasis(step.legalBasis))
    return `${step.legalBasis.number}, ${formatDate(step.legalBasis.issuedOn)}, ${step.legalBasis.issuedBy}`;
  if (typeof step.approvedBy === 'string' && step.approvedBy.trim() !== '') return step.approvedBy;
  return undefined;
};
