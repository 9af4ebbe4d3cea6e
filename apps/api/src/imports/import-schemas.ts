/** The import's answers as JSON Schema, for the OpenAPI document (response-schemas.ts). */

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const count = { type: 'integer', minimum: 0 };

export const IMPORT_SCHEMAS: Record<string, Schema> = {
  ImportRowError: {
    type: 'object',
    required: ['row', 'column', 'code', 'message'],
    properties: {
      row: { type: 'integer', description: 'The spreadsheet’s row (the header is row 1).' },
      column: {
        type: 'string',
        description: 'The column’s Vietnamese header; empty for the whole row.',
      },
      code: {
        type: 'string',
        description: 'import.* for the register’s format, else the business rule’s code.',
      },
      message: { type: 'string', description: 'What is wrong, in Vietnamese.' },
    },
  },
  ImportReport: {
    type: 'object',
    required: [
      'dryRun',
      'fileHash',
      'format',
      'rows',
      'valid',
      'alreadyRecorded',
      'errors',
      'creates',
    ],
    properties: {
      dryRun: { type: 'boolean' },
      fileHash: { type: 'string', description: 'SHA-256 of the file, hex.' },
      format: { type: 'string', enum: ['xlsx', 'csv'] },
      rows: count,
      valid: count,
      alreadyRecorded: { type: 'array', items: { type: 'integer' } },
      errors: { type: 'array', items: ref('ImportRowError') },
      creates: {
        type: 'object',
        additionalProperties: count,
        description:
          'delegations, findings, recommendations, responses, commitments… created (or to be).',
      },
      recorded: {
        type: 'object',
        required: ['events', 'replayed', 'rows'],
        properties: { events: count, replayed: count, rows: count },
      },
    },
  },
  ImportJob: {
    type: 'object',
    required: ['id', 'state', 'processed', 'total', 'percent', 'startedAt', 'finishedAt', 'report'],
    properties: {
      id: { type: 'string' },
      state: { type: 'string', enum: ['active', 'completed', 'failed'] },
      processed: count,
      total: count,
      percent: { type: 'integer', minimum: 0, maximum: 100 },
      startedAt: { type: 'string', format: 'date-time' },
      finishedAt: { type: ['string', 'null'], format: 'date-time' },
      report: ref('ImportReport'),
      failedReason: { type: 'string' },
    },
  },
};

/** The import's success answers by path and status (a dry run's 200, a run's 202). */
export const IMPORT_ANSWERS: Record<string, Record<string, Schema>> = {
  '/api/imports/recommendations': { '200': ref('ImportReport'), '202': ref('ImportJob') },
  '/api/imports/{id}': { '200': ref('ImportJob') },
};
