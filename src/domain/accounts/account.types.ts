/** Accounts (issue 15): roles, and the rows of the account tables (migrations 020–026). */
export type Role = 'supplier' | 'curator' | 'admin';
export const ROLES: readonly Role[] = ['supplier', 'curator', 'admin'];

/** The shortest password accepted (a passphrase is encouraged; there are no composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

export interface UserRow {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  provider_id: string | null;
  password_hash: string | null;
  password_changed_at: Date | null;
  created_at: Date;
  last_login_at: Date | null;
  deactivated_at: Date | null;
}

export type TokenPurpose = 'invitation' | 'reset' | 'setup';

export interface UserTokenRow {
  id: number;
  purpose: TokenPurpose;
  user_id: number | null;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  created_by: number | null;
}

export interface AuditRow {
  id: number;
  occurred_at: Date;
  actor_id: number | null;
  actor_email: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  before_hash: string | null;
  after_hash: string | null;
  detail: Record<string, unknown> | null;
  address: string | null;
}

export interface MailRow {
  id: number;
  created_at: Date;
  recipient: string;
  subject: string;
  body: string | null;
  transport: 'smtp' | 'outbox';
  sent_at: Date | null;
  error: string | null;
}
