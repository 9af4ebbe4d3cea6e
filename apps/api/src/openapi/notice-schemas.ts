type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The answers of the e-mail notice routes (docs/jobs.md, E-mail digests). */
export const NOTICE_SCHEMAS: Record<string, Schema> = {
  NoticeChoice: {
    type: 'object',
    description: 'The e-mail notices a user chose; nothing chosen yet is no address and all off.',
    required: ['email', 'reminders', 'missedDeadlines'],
    additionalProperties: false,
    properties: {
      email: { type: ['string', 'null'], description: 'Where digests go; null: nowhere.' },
      reminders: { type: 'boolean', description: 'Reminders of deadlines due soon.' },
      missedDeadlines: { type: 'boolean', description: 'Deadlines missed.' },
    },
  },
  NoticeSendReport: {
    type: 'object',
    description: 'What sending the digests by hand did.',
    required: ['day', 'enabled', 'digests'],
    additionalProperties: false,
    properties: {
      day: { type: 'string', format: 'date', description: 'Today, in Vietnam: closed up to it.' },
      enabled: { type: 'boolean', description: 'False when no SMTP server is configured.' },
      digests: { type: 'integer', description: 'Digests closed now (one per person and day).' },
    },
  },
  NoticeFailures: {
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['userId', 'day', 'attempts', 'reason', 'failedAt', 'lines'],
          properties: {
            userId: { type: 'string' },
            day: { type: 'string', format: 'date' },
            attempts: { type: 'integer' },
            reason: {
              type: 'string',
              description: 'The mail server’s answer, or why it was not reached.',
            },
            failedAt: { type: 'string' },
            lines: { type: 'integer', description: 'Reminders and missed deadlines it held.' },
          },
        },
      },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  },
};

/** The success schema of a notice route, or undefined for any other route. */
export const noticeSuccess = (method: string, path: string): Schema | undefined => {
  if (path === '/api/admin/notices/send') return ref('NoticeSendReport');
  if (path === '/api/admin/notices/failures') return ref('NoticeFailures');
  if (/^\/api\/users\/[^/]+\/notices$/.test(path))
    return method === 'get' ? ref('NoticeChoice') : ref('CommandAnswer');
  return undefined;
};
