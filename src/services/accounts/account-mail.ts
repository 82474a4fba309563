import { DEFAULT_LANG, translator } from '../../i18n/i18n';
import type { MailMessage } from '../mail/mailer';

/** The e-mail with a one-time link, in the default language (Dutch). */
export function accountMail(
  kind: 'invitation' | 'reset',
  to: string,
  link: string,
  validHours: number,
): MailMessage {
  const t = translator(DEFAULT_LANG);
  return {
    to,
    subject: t(`accounts.mail.${kind}.subject`),
    text: t(`accounts.mail.${kind}.body`, { link, hours: validHours, email: to }),
  };
}
