/**
 * Outgoing mail. With SMTP_URL set, nodemailer sends it; otherwise each message is kept in the outbox table
 * and its text logged, so a laptop archive can still verify emails and reset passwords.
 */
import type { Transporter } from 'nodemailer';
import type { Database } from '../storage/db.ts';
import { addToOutbox, markSent } from '../storage/outbox.ts';

/** One plain-text message. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What became of a message: sent by SMTP, only kept in the outbox (no SMTP configured), or refused (the SMTP error). */
export type MailOutcome = { status: 'sent' } | { status: 'kept' } | { status: 'failed'; error: string };

/** Sends mail. Never throws for an SMTP failure: the outcome says it (most callers go on regardless). */
export interface Mailer {
  send(mail: Mail): Promise<MailOutcome | void>;
}

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A mailer that records every message in the outbox and sends it by SMTP when configured. */
export function createMailer(db: Database, options: { smtpUrl?: string; from: string; log: Log }): Mailer {
  const { smtpUrl } = options;
  // nodemailer is loaded with the first message, not at start: it adds ~5 MB of heap and ~20 MB of RSS to every
  // server, most of which never sends mail.
  let transport: Promise<Transporter> | undefined;
  const transportFor = (url: string) => (transport ??= import('nodemailer').then((m) => m.default.createTransport(url)));
  return {
    async send(mail): Promise<MailOutcome> {
      const id = await addToOutbox(db, mail, Date.now());
      if (!smtpUrl) {
        options.log.info({ to: mail.to, subject: mail.subject }, `mail kept in outbox (no SMTP_URL):\n${mail.text}`);
        return { status: 'kept' };
      }
      try {
        await (await transportFor(smtpUrl)).sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        await markSent(db, id, Date.now());
        return { status: 'sent' };
      } catch (error) {
        // The message stays unsent in the outbox; the person can ask again.
        options.log.error({ err: error, to: mail.to }, 'sending mail failed');
        return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
