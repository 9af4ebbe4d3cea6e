import type { AgencyStanding } from '../agency';
import type { LegalBasis, LocalDate, Person } from '../shared';
import type { FindingKind, Indicator } from './delegation.events';

export type EstablishDelegation = Readonly<{
  type: 'EstablishDelegation';
  data: Readonly<{
    delegationId: string;
    title: string;
    topic: string;
    legalBasis: LegalBasis;
    periodFrom: LocalDate;
    periodTo: LocalDate;
    chair: Person;
    members: readonly Person[];
  }>;
}>;

export type FormWorkingGroup = Readonly<{
  type: 'FormWorkingGroup';
  data: Readonly<{
    delegationId: string;
    workingGroupId: string;
    number: string;
    leader: Person;
    members: readonly Person[];
  }>;
}>;

export type RecordSurvey = Readonly<{
  type: 'RecordSurvey';
  data: Readonly<{
    delegationId: string;
    surveyId: string;
    workingGroupId?: string;
    date: LocalDate;
    agencyIds: readonly string[];
    topics: readonly string[];
    chair: Person;
    participants: readonly string[];
    notes?: string;
  }>;
  /** Looked up by the application: each surveyed agency as it stood. */
  agencies: readonly AgencyStanding[];
}>;

export type RecordFinding = Readonly<{
  type: 'RecordFinding';
  data: Readonly<{
    delegationId: string;
    findingId: string;
    surveyId?: string;
    agencyId: string;
    kind: FindingKind;
    statement: string;
    indicators?: readonly Indicator[];
    obstacleId?: string;
    recordedOn: LocalDate;
  }>;
  agency: AgencyStanding;
}>;

export type ConcludeDelegation = Readonly<{
  type: 'ConcludeDelegation';
  data: Readonly<{ delegationId: string; concludedOn: LocalDate; summary: string }>;
}>;

export type DelegationCommand =
  EstablishDelegation | FormWorkingGroup | RecordSurvey | RecordFinding | ConcludeDelegation;
