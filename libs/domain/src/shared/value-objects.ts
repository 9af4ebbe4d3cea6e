/** Someone named in the record, with the position they held at the time (chức vụ). */
export interface Person {
  readonly name: string;
  readonly position: string;
}

/** The legal instrument behind a decision, e.g. Resolution 135/NQ-HĐND of 2023-12-08. */
export interface LegalBasis {
  readonly number: string;
  readonly issuedOn: string;
  readonly issuedBy: string;
}

/** A document that backs a claim: a report number, a decision, a link in the records system. */
export interface Evidence {
  readonly title: string;
  readonly reference: string;
}
