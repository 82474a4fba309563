import type { Knex } from 'knex';
import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { insertMail, updateMail } from '../../repositories/accounts/mail.repository';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** 'smtp' when it went to the SMTP server, 'outbox' when it waits in the outbox for an administrator. */
  send(message: MailMessage): Promise<'smtp' | 'outbox'>;
}

/**
 * Sends e-mail with nodemailer when SMTP_URL is set; otherwise keeps it in the outbox
 * (table `mail_outbox`, readable by administrators at /admin/outbox) and writes it to the log.
 * Every message gets an outbox row: a sent one keeps only its recipient and subject, a failed one
 * keeps its text and the error, so an administrator can pass it on.
 * Call it after the transaction that made the message has committed.
 */
export function createMailer(
  knex: Knex,
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  logger: Logger,
): Mailer {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  return {
    async send(message) {
      const base = { recipient: message.to, subject: message.subject };
      if (!transport) {
        await insertMail(knex, { ...base, body: message.text, transport: 'outbox' });
        logger.info(
          { mail: { to: message.to, subject: message.subject, text: message.text } },
          'e-mail kept in the outbox',
        );
        return 'outbox';
      }
      const id = await insertMail(knex, { ...base, body: message.text, transport: 'smtp' });
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        await updateMail(knex, id, { sent_at: new Date(), body: null });
        logger.info({ mail: { to: message.to, subject: message.subject } }, 'e-mail sent');
        return 'smtp';
      } catch (err) {
        await updateMail(knex, id, { error: err instanceof Error ? err.message : String(err) });
        logger.error(
          { err, mail: { to: message.to, subject: message.subject } },
          'e-mail could not be sent; kept in the outbox',
        );
        return 'outbox';
      }
    },
  };
}
