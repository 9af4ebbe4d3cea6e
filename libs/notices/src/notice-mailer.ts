import { createTransport, type Transporter } from 'nodemailer';
import type { DigestMessage } from './digest-message';
import { redactedSmtpUrl, type NoticeSettings } from './notice-settings';

/** Where composed digests go: an SMTP server in a deployment. */
export interface NoticeMailer {
  /** Resolves once the server accepted the message; rejects with a reason that names no secret. */
  send(message: DigestMessage & { readonly to: string }): Promise<void>;
  close(): void;
}

/**
 * Mail over SMTP with nodemailer, to the server SMTP_URL names. A failure's reason is kept for
 * the admin: it is said without the URL's password, whatever the transport put in it.
 */
export class SmtpMailer implements NoticeMailer {
  private readonly transport: Transporter;

  constructor(private readonly settings: NoticeSettings & { smtpUrl: string }) {
    this.transport = createTransport({
      url: settings.smtpUrl,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  async send(message: DigestMessage & { readonly to: string }): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const password = URL.canParse(this.settings.smtpUrl)
        ? decodeURIComponent(new URL(this.settings.smtpUrl).password)
        : '';
      // The server's own words, for the admin to tell a refusal from an outage; not the cause
      // object, which may carry the transport's options.
      throw new Error(password ? reason.replaceAll(password, '***') : reason);
    }
  }

  close(): void {
    this.transport.close();
  }

  toString(): string {
    return `SMTP ${redactedSmtpUrl(this.settings.smtpUrl)}`;
  }
}
