import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { insertAudit } from '../../repositories/accounts/audit.repository';

/** Who acted: a signed-in user, or null for the system (start-up, CLI, the ADMIN_TOKEN API). */
export interface AuditActor {
  id: number;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /**
   * What happened, as `area.verb`: `login`, `login.failed`, `logout`, `user.invited`,
   * `password.set`, `password.reset_issued`, `user.role_changed`, `user.deactivated`,
   * `user.activated`, `setup.link_issued`, `catalogue.imported`, … (other areas add their own).
   */
  action: string;
  recordType?: string;
  recordId?: string | number;
  /** The record before and after the action; only their SHA-256 hashes are stored. */
  before?: unknown;
  after?: unknown;
  /** Hashes made by the caller instead (e.g. of a large document's bytes as received). */
  beforeHash?: string | null;
  afterHash?: string | null;
  /** A few facts worth reading later (never a password or token). */
  detail?: Record<string, unknown>;
  /** The client address, when the action came over HTTP. */
  address?: string;
}

/** JSON with object keys sorted at every level, so equal records hash equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** SHA-256 (hex) of a record's canonical JSON; null when there is no record. */
export function recordHash(record: unknown): string | null {
  if (record === undefined || record === null) return null;
  return crypto.createHash('sha256').update(canonicalJson(record)).digest('hex');
}

/**
 * Appends one row to the audit trail. Call it with the transaction of the change it records, so
 * that the row is written exactly when the change commits. Rows can never be changed or deleted
 * (a trigger refuses it, migration 025).
 */
export async function recordAudit(db: Knex, entry: AuditEntry): Promise<void> {
  await insertAudit(db, {
    actor_id: entry.actor?.id ?? null,
    actor_email: entry.actor?.email ?? null,
    action: entry.action,
    record_type: entry.recordType ?? null,
    record_id: entry.recordId === undefined ? null : String(entry.recordId),
    before_hash: entry.beforeHash !== undefined ? entry.beforeHash : recordHash(entry.before),
    after_hash: entry.afterHash !== undefined ? entry.afterHash : recordHash(entry.after),
    detail: entry.detail ?? null,
    address: entry.address ?? null,
  });
}
