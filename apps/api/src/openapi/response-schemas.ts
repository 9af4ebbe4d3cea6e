import type { OpenAPIObject } from '@nestjs/swagger';
import { COUNCIL_LEVELS, SOURCE_KINDS, SUPERVISING_BODIES } from '@hdnd/domain';
import { RECOMMENDATION_STATUSES } from '@hdnd/read-models';
import { CONSTRAINT_CODES } from '../problem/constraint-codes';
import { PROBLEM_CODES } from '../problem/problem-codes';
import { IMPORT_ANSWERS, IMPORT_SCHEMAS } from '../imports/import-schemas';
import { NOTICE_SCHEMAS, noticeSuccess } from './notice-schemas';

type Schema = Record<string, unknown>;
type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The shapes every endpoint answers with, whatever its resource (docs/http-api.md). */
const SCHEMAS: Record<string, Schema> = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; `errors` lists the fields at fault for bad input.',
    required: ['type', 'title', 'status', 'code'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', description: 'URI naming the kind of problem.' },
      title: { type: 'string', description: 'Short human summary of the kind of problem.' },
      status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status.' },
      detail: { type: 'string', description: 'What happened, for people.' },
      code: {
        type: 'string',
        description: 'Stable machine-readable reason, e.g. `recommendation.closed`.',
        enum: PROBLEM_CODES,
      },
      errors: {
        type: 'array',
        description:
          'For bad input: each field at fault, the constraint it broke (`code`) with its bound, and a sentence.',
        items: {
          type: 'object',
          required: ['field', 'code', 'message'],
          additionalProperties: false,
          properties: {
            field: { type: 'string' },
            code: { type: 'string', enum: CONSTRAINT_CODES },
            message: { type: 'string' },
            limit: { type: 'number', description: 'The bound of a size or range constraint.' },
            allowed: {
              type: 'array',
              items: { type: 'string' },
              description: 'The values an `isIn` constraint allows.',
            },
            other: {
              type: 'string',
              description:
                'The other field of a pair that says one thing (`notWith`, `isDefined`).',
            },
          },
        },
      },
    },
  },
  CommandAnswer: {
    type: 'object',
    description:
      'Where the command landed: the aggregate, its stream, the stream revision after the append and the log position. Ids of what the command created beside it (e.g. `obstacleId`) are added.',
    required: ['id', 'streamId', 'revision', 'position'],
    properties: {
      id: { type: 'string', description: 'The aggregate the command acted on.' },
      streamId: { type: 'string', description: 'Its stream in the log.' },
      revision: { type: 'integer', minimum: 0, description: 'Stream revision after the append.' },
      position: {
        type: 'integer',
        minimum: 1,
        description: 'Log position of the last event appended.',
      },
    },
    additionalProperties: { type: 'string' },
  },
  Page: {
    type: 'object',
    description: 'One page of a list.',
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: { type: 'array', items: { type: 'object' }, description: 'This page’s items.' },
      total: { type: 'integer', minimum: 0, description: 'Items in the whole list.' },
      page: { type: 'integer', minimum: 1, description: 'This page’s number, from 1.' },
      pageSize: { type: 'integer', minimum: 1, maximum: 200, description: 'Items per page.' },
    },
  },
  User: {
    type: 'object',
    description: 'A user as the API shows it; credentials never leave the credential store.',
    required: ['id', 'username', 'displayName', 'role', 'status'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      username: { type: 'string' },
      displayName: { type: 'string' },
      role: { type: 'string', enum: ['admin', 'secretariat', 'member', 'agency', 'auditor'] },
      status: {
        type: 'string',
        enum: ['active', 'disabled'],
        description: 'A disabled account cannot sign in, and its tokens are refused.',
      },
      agencyId: { type: 'string', description: 'For agency users: their agency.' },
      delegationIds: { type: 'array', items: { type: 'string' }, description: 'For members.' },
    },
  },
  LoginAnswer: {
    type: 'object',
    required: ['accessToken', 'tokenType', 'expiresIn', 'user'],
    additionalProperties: false,
    properties: {
      accessToken: { type: 'string', description: 'JWT to send as `Authorization: Bearer …`.' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', description: 'Seconds the token stays valid.' },
      user: ref('User'),
    },
  },
};

const AGENCY_REF: Schema = {
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { type: 'string' },
    name: { type: ['string', 'null'], description: 'Null when the agency is not registered.' },
  },
};

const DATE = { type: 'string', format: 'date' } as const;

const SUPERVISOR: Schema = {
  type: 'object',
  description: 'Who supervises: the council, its Standing Committee, a committee, deputies.',
  required: ['body', 'level'],
  properties: {
    body: { type: 'string', enum: [...SUPERVISING_BODIES] },
    level: { type: 'string', enum: [...COUNCIL_LEVELS] },
    name: { type: 'string' },
  },
};

/** The tracker's list: what each recommendation shows in it (the read model's RecommendationSummary). */
const TRACKER_SCHEMAS: Record<string, Schema> = {
  RecommendationSummary: {
    type: 'object',
    description: 'A recommendation as the tracker lists it.',
    required: [
      'id',
      'delegationId',
      'source',
      'supervisor',
      'text',
      'status',
      'tracks',
      'overdue',
      'daysOverdue',
      'issuedOn',
      'responseDueOn',
      'originalResponseDueOn',
      'addressee',
      'addresseeAgencies',
      'escalationStep',
      'percent',
      'nextDueOn',
    ],
    properties: {
      id: { type: 'string' },
      delegationId: {
        type: ['string', 'null'],
        description: 'The delegation it comes from; null for an item from another source.',
      },
      source: {
        type: 'object',
        description: 'Where it comes from: a delegation, an interpellation session…',
        required: ['kind', 'id', 'partId', 'title'],
        properties: {
          kind: { type: 'string', enum: [...SOURCE_KINDS] },
          id: { type: 'string' },
          partId: {
            type: ['string', 'null'],
            description: 'The part of the source named: the question at an interpellation.',
          },
          title: { type: ['string', 'null'] },
        },
      },
      supervisor: SUPERVISOR,
      text: { type: 'string', description: 'What is asked.' },
      status: { type: 'string', description: 'The word the list shows (see the status filter).' },
      tracks: {
        type: 'object',
        required: ['response', 'implementation', 'verification'],
        properties: {
          response: { type: 'string' },
          implementation: { type: 'string' },
          verification: { type: 'string' },
        },
      },
      overdue: { type: 'boolean' },
      daysOverdue: { type: 'integer', minimum: 0 },
      issuedOn: DATE,
      responseDueOn: DATE,
      originalResponseDueOn: DATE,
      addressee: {
        type: 'object',
        required: ['original', 'current'],
        properties: { original: { type: 'string' }, current: { type: 'string' } },
      },
      addresseeAgencies: {
        type: 'object',
        required: ['original', 'current'],
        properties: { original: AGENCY_REF, current: AGENCY_REF },
      },
      escalationStep: { type: ['string', 'null'] },
      percent: { type: ['integer', 'null'] },
      nextDueOn: {
        type: ['string', 'null'],
        format: 'date',
        description:
          'The earliest deadline still to meet (the response awaited or an unmet commitment); null when none.',
      },
    },
  },
  RecommendationPage: {
    allOf: [
      ref('Page'),
      {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: ref('RecommendationSummary') } },
      },
    ],
  },
};

const COUNT = { type: 'integer', minimum: 0 } as const;
const SHARE = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const;

/** GET /api/dashboard: the read model's Dashboard. */
const DASHBOARD_SCHEMAS: Record<string, Schema> = {
  Dashboard: {
    type: 'object',
    description:
      'What the council reports on follow-up, on `asOf`, over the recommendations the query selects.',
    required: ['asOf', 'recommendations', 'obstacles', 'agencies'],
    additionalProperties: false,
    properties: {
      asOf: {
        ...DATE,
        description: 'Today in Asia/Ho_Chi_Minh: what overdue and due are measured on.',
      },
      recommendations: {
        type: 'object',
        required: ['total', 'byStatus', 'overdue', 'implementedShareOfDue', 'byMonth'],
        additionalProperties: false,
        properties: {
          total: COUNT,
          byStatus: {
            type: 'object',
            description: 'How many show each status (every status, 0 when none).',
            required: [...RECOMMENDATION_STATUSES],
            additionalProperties: false,
            properties: Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, COUNT])),
          },
          overdue: {
            ...COUNT,
            description:
              'Open, with the response or a commitment past due (as the tracker’s `overdue`).',
          },
          implementedShareOfDue: {
            ...SHARE,
            description:
              'Of those already due (latest commitment, else the response, before today), the share verified implemented; null when none is due.',
          },
          byMonth: {
            type: 'array',
            description:
              'Each month from the first issue to today’s (or a later issue or closure), quiet months as zeros.',
            items: ref('DashboardMonth'),
          },
        },
      },
      obstacles: {
        type: 'object',
        required: ['open', 'resolved', 'merged'],
        additionalProperties: false,
        properties: { open: COUNT, resolved: COUNT, merged: COUNT },
      },
      agencies: {
        type: 'array',
        description: 'Every agency that held one of the recommendations, by name.',
        items: ref('DashboardAgency'),
      },
    },
  },
  DashboardMonth: {
    type: 'object',
    required: ['month', 'issued', 'closed', 'openAtEnd'],
    additionalProperties: false,
    properties: {
      month: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$', description: 'YYYY-MM.' },
      issued: COUNT,
      closed: { ...COUNT, description: 'Closed in the month, by the closure that stands.' },
      openAtEnd: {
        ...COUNT,
        description:
          'Issued by the month’s end and not closed by then; a reopened case counts as open since its issue.',
      },
    },
  },
  DashboardAgency: {
    type: 'object',
    description:
      'An agency’s scorecard (as GET /api/agencies/{id} gives it) and its overdue count.',
    required: [
      'agencyId',
      'name',
      'received',
      'passedIn',
      'passedOn',
      'respondedOnTime',
      'late',
      'open',
      'overdue',
      'meanDaysToRespond',
      'onTimeRate',
    ],
    additionalProperties: false,
    properties: {
      agencyId: { type: 'string' },
      name: { type: 'string', description: 'Its registered name (its id when not registered).' },
      received: { ...COUNT, description: 'Addressed to it when issued.' },
      passedIn: { ...COUNT, description: 'Passed to it by a succession.' },
      passedOn: { ...COUNT, description: 'Passed on by it to its successor.' },
      respondedOnTime: {
        ...COUNT,
        description: 'Response deadlines that fell while it held the case, answered by then.',
      },
      late: {
        ...COUNT,
        description: 'Those answered after, or unanswered past due while the case was open.',
      },
      open: { ...COUNT, description: 'It answers for now, not closed.' },
      overdue: { ...COUNT, description: 'It answers for now, with a deadline past due today.' },
      meanDaysToRespond: {
        type: ['number', 'null'],
        description: 'Mean calendar days from issue to first response; null when none.',
      },
      onTimeRate: { ...SHARE, description: 'respondedOnTime over respondedOnTime + late.' },
    },
  },
};

const JOB_SCHEMAS: Record<string, Schema> = {
  JobAccepted: {
    type: 'object',
    description: 'The job that does the work; follow it at `GET /api/admin/jobs/{jobId}`.',
    required: ['jobId'],
    additionalProperties: false,
    properties: { jobId: { type: 'string' } },
  },
  SweepReport: {
    type: 'object',
    description: 'What one run of the deadline sweep did.',
    required: ['today', 'checked', 'recorded', 'transferred'],
    additionalProperties: false,
    properties: {
      today: { type: 'string', format: 'date', description: 'The business date it swept for.' },
      checked: { type: 'integer', description: 'Open recommendations looked at.' },
      recorded: { type: 'integer', description: 'Reminders and missed deadlines recorded.' },
      transferred: {
        type: 'integer',
        description: 'Cases passed to successors whose succession took effect by today.',
      },
    },
  },
  Job: {
    type: 'object',
    description: 'Where a background job stands.',
    required: ['id', 'name', 'state', 'processed', 'total', 'percent', 'rate', 'etaSeconds'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string', description: 'What it does, e.g. `projections.rebuild`.' },
      state: { type: 'string', enum: ['waiting', 'active', 'completed', 'failed'] },
      processed: {
        type: 'number',
        description: 'Done so far, in the job’s unit (a rebuild: log positions).',
      },
      total: { type: 'number', description: 'To do in all (grows while the log grows).' },
      percent: { type: 'integer', minimum: 0, maximum: 100 },
      rate: { type: 'number', description: 'Units per second since the job started.' },
      etaSeconds: {
        type: ['integer', 'null'],
        description: 'Seconds left at that rate; null while unknown.',
      },
      startedAt: { type: ['string', 'null'], description: 'ISO-8601 instant.' },
      finishedAt: { type: ['string', 'null'], description: 'ISO-8601 instant.' },
      failedReason: { type: 'string', description: 'Why a failed job failed.' },
    },
  },
};

const PERSON: Schema = {
  type: 'object',
  required: ['name', 'position'],
  additionalProperties: false,
  properties: { name: { type: 'string' }, position: { type: 'string' } },
};

const PUBLIC_DELEGATION_FIELDS: Record<string, Schema> = {
  id: { type: 'string' },
  title: { type: 'string' },
  topic: { type: 'string' },
  legalBasis: {
    type: 'object',
    required: ['number', 'issuedOn', 'issuedBy'],
    additionalProperties: false,
    properties: { number: { type: 'string' }, issuedOn: DATE, issuedBy: { type: 'string' } },
  },
  periodFrom: DATE,
  periodTo: DATE,
  status: { type: 'string', enum: ['established', 'concluded'] },
  concludedOn: { type: ['string', 'null'], format: 'date' },
  publishedOn: DATE,
  recommendationCount: { type: 'integer', minimum: 0 },
};

/** What the public page reads (docs/read-models.md, "The public page"): nothing else. */
const PUBLIC_SCHEMAS: Record<string, Schema> = {
  PublicDelegationSummary: {
    type: 'object',
    required: Object.keys(PUBLIC_DELEGATION_FIELDS),
    additionalProperties: false,
    properties: PUBLIC_DELEGATION_FIELDS,
  },
  PublicDelegationList: {
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: ref('PublicDelegationSummary') } },
  },
  PublicRecommendation: {
    type: 'object',
    required: [
      'id',
      'text',
      'addressee',
      'issuedOn',
      'responseDueOn',
      'status',
      'response',
      'closedOn',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      text: { type: 'string', description: 'What the council asked.' },
      addressee: { type: 'string', description: 'The agency answering it now, by name.' },
      issuedOn: DATE,
      responseDueOn: DATE,
      status: { type: 'string', description: 'The tracker’s status word.' },
      response: {
        description: 'The agency’s latest response; null while none came.',
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            required: ['position', 'respondedOn', 'text'],
            additionalProperties: false,
            properties: {
              position: { type: 'string', enum: ['accepted', 'partially-accepted', 'rejected'] },
              respondedOn: DATE,
              text: { type: 'string' },
            },
          },
        ],
      },
      closedOn: { type: ['string', 'null'], format: 'date' },
    },
  },
  PublicDelegation: {
    type: 'object',
    required: [
      ...Object.keys(PUBLIC_DELEGATION_FIELDS),
      'chair',
      'members',
      'publicationBasis',
      'recommendations',
    ],
    additionalProperties: false,
    properties: {
      ...PUBLIC_DELEGATION_FIELDS,
      chair: PERSON,
      members: { type: 'array', items: PERSON },
      publicationBasis: { type: 'string', description: 'What the publication rests on.' },
      recommendations: { type: 'array', items: ref('PublicRecommendation') },
    },
  },
};

const AUDIT_SCHEMAS: Record<string, Schema> = {
  Checkpoint: {
    type: 'object',
    description:
      'A signed statement that the first `eventCount` events of the log chain to `headHash`.',
    required: ['eventCount', 'headHash', 'position', 'signedAt', 'keyId', 'signature'],
    additionalProperties: false,
    properties: {
      eventCount: { type: 'integer', minimum: 0, description: 'Events covered, from the first.' },
      headHash: { type: 'string', description: 'The chain over them (SHA-256, hex).' },
      position: { type: 'string', description: 'Log position of the last event covered.' },
      signedAt: { type: 'string', description: 'ISO-8601 instant.' },
      keyId: { type: 'string', description: 'Which key signed (see /api/audit/public-key).' },
      signature: { type: 'string', description: 'Ed25519 signature, base64.' },
    },
  },
  AuditEvent: {
    type: 'object',
    description: 'An event as the log holds it, with its metadata and hashes.',
    required: [
      'position',
      'streamId',
      'revision',
      'eventId',
      'type',
      'schemaVersion',
      'data',
      'metadata',
      'hash',
    ],
    properties: {
      position: { type: 'integer', minimum: 1, description: 'Its place in the whole log.' },
      streamId: { type: 'string' },
      revision: { type: 'integer', minimum: 0, description: 'Its place in its stream.' },
      eventId: { type: 'string' },
      type: { type: 'string' },
      schemaVersion: { type: 'integer' },
      data: { description: 'The event’s data, in today’s shape.' },
      metadata: {
        type: 'object',
        required: ['actor', 'correlationId', 'causationId', 'command', 'recordedAt'],
        properties: {
          actor: {
            type: 'object',
            required: ['userId', 'username', 'role'],
            properties: {
              userId: { type: 'string' },
              username: { type: 'string' },
              role: { type: 'string' },
              agencyId: { type: 'string' },
            },
          },
          correlationId: { type: 'string', description: 'The request that caused it.' },
          causationId: { type: 'string' },
          command: { type: 'string' },
          legalBasis: { type: 'string' },
          recordedAt: { type: 'string', description: 'ISO-8601 instant.' },
        },
      },
      hash: { type: 'string', description: 'SHA-256 (hex), chained within its stream.' },
      logHash: {
        type: 'string',
        description: 'The chain over the log up to this event, where the store keeps it.',
      },
      recordedAs: {
        type: 'object',
        description: 'What was written, when an older schema version.',
      },
    },
  },
  AuditEventsPage: {
    type: 'object',
    required: ['items', 'next'],
    properties: {
      items: { type: 'array', items: ref('AuditEvent') },
      next: {
        type: ['integer', 'null'],
        description: 'The position to pass as `after` for the next page; null at the end.',
      },
    },
  },
  IntegrityReport: {
    type: 'object',
    description: 'What the check of the whole log found; `firstBroken` where it was altered.',
    required: ['ok', 'eventsChecked', 'streamsChecked', 'checkpointsVerified', 'head'],
    properties: {
      ok: { type: 'boolean' },
      eventsChecked: { type: 'integer', minimum: 0 },
      streamsChecked: { type: 'integer', minimum: 0 },
      checkpointsVerified: { type: 'integer', minimum: 0 },
      head: {
        type: ['object', 'null'],
        required: ['position', 'logHash'],
        properties: { position: { type: 'string' }, logHash: { type: 'string' } },
      },
      firstBroken: {
        type: 'object',
        required: ['position', 'reason', 'detail'],
        properties: {
          position: { type: 'string' },
          reason: {
            type: 'string',
            enum: [
              'hash-mismatch',
              'revision-gap',
              'position-gap',
              'log-chain-mismatch',
              'checkpoint-mismatch',
              'checkpoint-forged',
              'log-truncated',
            ],
          },
          detail: { type: 'string' },
          streamId: { type: 'string' },
          revision: { type: 'string' },
        },
      },
    },
  },
  Verification: {
    description: 'A check of the whole log run as a job; its report once completed.',
    allOf: [ref('Job'), { type: 'object', properties: { report: ref('IntegrityReport') } }],
  },
};

const ERRORS: Record<string, string> = {
  '400': 'Bad input: the fields at fault are listed.',
  '401': 'No token, or a token that is invalid or expired.',
  '403': 'The caller’s role or agency may not do this.',
  '404': 'Unknown id.',
  '409': 'The command breaks a business rule in the current state.',
  '412': 'If-Match is behind the stream: reload and retry.',
  '413': 'The body is larger than 100 kB.',
  '415': 'The body is not application/json.',
  '422': 'The Idempotency-Key was used with another request.',
  '429': 'Too many requests; see Retry-After.',
  '503': 'A backing service is down or the read models are behind; see Retry-After.',
};

const problem = (status: string) => ({
  description: ERRORS[status]!,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const json = (description: string, schema: Schema) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The success answer of an operation, by what kind of operation it is. */
const success = (method: string, path: string, op: Operation): Schema => {
  const notice = noticeSuccess(method, path);
  if (notice) return notice;
  if (path === '/api/auth/login') return ref('LoginAnswer');
  if (path === '/api/auth/me' || path === '/api/users/{id}') return ref('User');
  if (path === '/api/admin/projections/rebuild') return ref('JobAccepted');
  if (path === '/api/audit/integrity/verifications') return ref('JobAccepted');
  if (path === '/api/audit/integrity/verifications/{id}') return ref('Verification');
  if (path === '/api/audit/integrity') return ref('IntegrityReport');
  if (path === '/api/audit/events') return ref('AuditEventsPage');
  if (path === '/api/audit/checkpoints' && method === 'post') return ref('Checkpoint');
  if (path === '/api/admin/jobs/{id}') return ref('Job');
  if (path === '/api/admin/follow-up/sweep') return ref('SweepReport');
  if (path === '/api/public/delegations') return ref('PublicDelegationList');
  if (path === '/api/public/delegations/{id}') return ref('PublicDelegation');
  if (method === 'post') return ref('CommandAnswer');
  if (path === '/api/recommendations') return ref('RecommendationPage');
  if (path === '/api/dashboard') return ref('Dashboard');
  if (op.parameters?.some((p) => p.in === 'query' && p.name === 'pageSize')) return ref('Page');
  return { type: 'object' };
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Operations that answer a file rather than JSON: what it is, and its media types. */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FILE_ANSWERS: Record<string, { description: string; types: readonly string[] }> = {
  '/api/audit/export': {
    description: 'One JSON document per line: the export header, then each event.',
    types: ['application/x-ndjson'],
  },
  '/api/recommendations/export': {
    description:
      'The tracker as a spreadsheet (an attachment): XLSX, or CSV in UTF-8 with a byte-order mark.',
    types: [XLSX, 'text/csv'],
  },
  '/api/reports/session': {
    description:
      'The session report as a Word document (an attachment): header block, counts by status and agency, overdue list, every recommendation with its response and status.',
    types: [DOCX],
  },
  '/api/recommendations/{id}/history.docx': {
    description:
      'The recommendation’s history as a Word document (an attachment): header block, the case, every step with when, what, who and legal basis.',
    types: [DOCX],
  },
  '/api/imports/recommendations/template': {
    description: 'The register import’s template: the export’s headers and no row, as XLSX.',
    types: [XLSX],
  },
};

const fileAnswer = ({ description, types }: { description: string; types: readonly string[] }) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: {} }])),
});

/**
 * Adds to the generated document what the code's return types cannot tell @nestjs/swagger:
 * the success schema of each operation and every error it may answer, as problem+json. The
 * fuzz test validates real answers against exactly this.
 */
export const describeResponses = (document: OpenAPIObject): OpenAPIObject => {
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...SCHEMAS,
      ...TRACKER_SCHEMAS,
      ...DASHBOARD_SCHEMAS,
      ...JOB_SCHEMAS,
      ...AUDIT_SCHEMAS,
      ...PUBLIC_SCHEMAS,
      ...IMPORT_SCHEMAS,
      ...NOTICE_SCHEMAS,
    },
  };
  for (const [path, methods] of Object.entries(document.paths)) {
    const isPublic =
      path === '/api/auth/login' || path.startsWith('/api/public/') || !path.startsWith('/api');
    for (const [method, value] of Object.entries(methods as Record<string, Operation>)) {
      const op = value;
      if (isPublic) op.security = [];
      if (!path.startsWith('/api')) {
        // Liveness and readiness: a small JSON status; readiness is 503 while a dependency is down.
        op.responses['200'] = json('Up.', { type: 'object' });
        if (path === '/ready') op.responses['503'] = problem('503');
        continue;
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (!status.startsWith('2')) continue;
        const file = FILE_ANSWERS[path];
        op.responses[status] = file
          ? fileAnswer(file)
          : json(response.description, IMPORT_ANSWERS[path]?.[status] ?? success(method, path, op));
      }
      const statuses = ['400', '429'];
      if (!isPublic) statuses.push('401', '403', '503');
      if (path.includes('{')) statuses.push('404');
      const writes = method === 'post' || method === 'put';
      if (writes) statuses.push('413', '415');
      if (writes && !isPublic) statuses.push('404', '409', '412', '422');
      for (const status of statuses) op.responses[status] = problem(status);
      if (path.startsWith('/api/public/'))
        op.responses['304'] = {
          description: 'Not modified: If-None-Match names the current ETag.',
        };
    }
  }
  return document;
};
