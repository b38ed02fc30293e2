/**
 * Outgoing mail. With SMTP_URL set, nodemailer sends it; otherwise each message is kept in the outbox table
 * and its text logged, so a laptop archive can still verify emails and reset passwords.
 */
import nodemailer from 'nodemailer';
import type { Database } from '../storage/db.ts';
import { addToOutbox, markSent } from '../storage/outbox.ts';

/** One plain-text message. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A mailer that records every message in the outbox and sends it by SMTP when configured. */
export function createMailer(db: Database, options: { smtpUrl?: string; from: string; log: Log }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    async send(mail) {
      const id = await addToOutbox(db, mail, Date.now());
      if (!transport) {
        options.log.info({ to: mail.to, subject: mail.subject }, `mail kept in outbox (no SMTP_URL):\n${mail.text}`);
        return;
      }
      try {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        await markSent(db, id, Date.now());
      } catch (error) {
        // The message stays unsent in the outbox; the person can ask again.
        options.log.error({ err: error, to: mail.to }, 'sending mail failed');
      }
    },
  };
}
