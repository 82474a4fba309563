import type { Knex } from 'knex';

/**
 * The audit trail is append-only, enforced by the database itself: a trigger refuses every UPDATE
 * and DELETE of a row, and another TRUNCATE, whatever code or user tries. (Triggers work on the
 * embedded PGlite as on a server, where revoking privileges would need a separate database role.)
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function audit_trail_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_trail is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end
    $$`);
  await knex.raw(`
    create trigger audit_trail_no_update_or_delete before update or delete on audit_trail
    for each row execute function audit_trail_refuse_change()`);
  await knex.raw(`
    create trigger audit_trail_no_truncate before truncate on audit_trail
    for each statement execute function audit_trail_refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger audit_trail_no_truncate on audit_trail');
  await knex.raw('drop trigger audit_trail_no_update_or_delete on audit_trail');
  await knex.raw('drop function audit_trail_refuse_change()');
}
