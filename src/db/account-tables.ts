import type { AuditRow, MailRow, UserRow, UserTokenRow } from '../domain/accounts/account.types';

/** The account tables' rows live in domain/accounts (presenters read them too). */
export * from '../domain/accounts/account.types';

declare module 'knex/types/tables' {
  interface Tables {
    users: UserRow;
    user_tokens: UserTokenRow;
    audit_trail: AuditRow;
    mail_outbox: MailRow;
  }
}
