import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the server received it: who it was for, and what it said, parsed. */
export interface ReceivedMail {
  readonly to: readonly string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * A mail server on a free loopback port, for the test process: it takes any sender (no
 * authentication, no TLS — loopback only), keeps each message parsed, and refuses a message
 * with a 451 while `refuse` says so (a server that is down for a while, or for good).
 */
export const smtpReceiver = async (options: { refuse?: (attempt: number) => boolean } = {}) => {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      attempts += 1;
      const refused = options.refuse?.(attempts) ?? false;
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          if (refused) {
            const error = Object.assign(new Error('Mailbox busy, try again later'), {
              responseCode: 451,
            });
            callback(error);
            return;
          }
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    received,
    /** Messages the server was offered, taken or refused. */
    attempts: () => attempts,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpReceiver = Awaited<ReturnType<typeof smtpReceiver>>;
