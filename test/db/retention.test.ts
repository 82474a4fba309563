import type { Database } from '../../src/db/database';
import { insertUser } from '../../src/repositories/accounts/users.repository';
import { recordAudit } from '../../src/services/audit/record-audit';
import { LoginThrottle } from '../../src/services/accounts/login-throttle';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { cleanUp, scheduleCleanUp } from '../../src/services/retention/clean-up';
import { createLogger } from '../../src/logger';
import { makeDocument } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { waitFor } from '../faults/support/wait-for';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const config = { tokenRetentionDays: 7, mailRetentionDays: 30 };

/**
 * Retention (issue 18): the clean-up removes what has served its purpose and nothing else, on the
 * embedded database and on a server; the audit trail and the history stay, and the trail still
 * refuses every delete.
 */
describe('retention clean-up', () => {
  let db: Database;
  const now = new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const ids = async (table: string, column: string) =>
    ((await db.knex(table).orderBy(column).pluck(column)) as unknown[]).map(String);

  beforeAll(async () => {
    db = await createTestDatabase();
    const { knex } = db;
    const imported = await importCatalogue(db, makeDocument());
    if (!imported.ok) throw new Error('test catalogue invalid');
    const user = await insertUser(knex, {
      email: 'kept@example.org',
      role: 'curator',
      providerId: null,
      name: null,
    });
    await recordAudit(knex, { actor: null, action: 'retention.test', recordId: 1 });

    const session = (sid: string, expired: Date) => ({
      sid,
      sess: JSON.stringify({ userId: user.id }),
      expired,
    });
    await knex('sessions').insert([session('expired', ago(60_000)), session('live', ago(-30 * 60_000))]);

    const token = (
      hash: string,
      expires: number,
      used?: number,
      purpose: 'invitation' | 'setup' = 'invitation',
    ) => ({
      purpose,
      user_id: purpose === 'setup' ? null : user.id,
      token_hash: hash,
      expires_at: ago(expires),
      used_at: used === undefined ? null : ago(used),
    });
    await knex('user_tokens').insert([
      token('used-long-ago', 5 * DAY, 8 * DAY),
      token('used-recently', -DAY, DAY),
      token('expired-long-ago', 8 * DAY),
      token('expired-recently', DAY),
      token('valid', -2 * DAY),
      token('setup-expired-long-ago', 8 * DAY, undefined, 'setup'),
    ]);

    // Counters as the login throttle writes them (window of 15 minutes from now), and older ones.
    await new LoginThrottle(knex, {
      loginMaxFailuresPerAccount: 5,
      loginMaxFailuresPerAddress: 20,
      loginThrottleMinutes: 15,
    }).failed('someone@example.org', '192.0.2.1');
    await knex('login_throttle').insert([
      { key: 'login-account:ended', points: 3, expire: now.getTime() - 1000 },
      { key: 'login-account:no-expiry', points: 1, expire: null },
    ]);

    const mail = (
      subject: string,
      transport: 'smtp' | 'outbox',
      created: number,
      sent?: number,
      error?: string,
    ) => ({
      recipient: 'someone@example.org',
      subject,
      body: 'text',
      transport,
      created_at: ago(created),
      sent_at: sent === undefined ? null : ago(sent),
      error: error ?? null,
    });
    await knex('mail_outbox').insert([
      mail('sent-long-ago', 'smtp', 31 * DAY, 31 * DAY),
      mail('sent-recently', 'smtp', DAY, DAY),
      mail('outbox-long-ago', 'outbox', 31 * DAY),
      mail('outbox-recently', 'outbox', DAY),
      mail('refused-long-ago', 'smtp', 31 * DAY, undefined, '550 mailbox unavailable'),
    ]);
  });
  afterAll(() => db.close());

  it('removes only the expired, spent and old rows; a second pass removes nothing', async () => {
    const history = await db.knex('catalogue_changes').count({ n: '*' }).first();
    const audit = await ids('audit_trail', 'id');

    expect(await cleanUp(db.knex, config, now)).toEqual({ sessions: 1, tokens: 3, loginCounts: 1, mail: 2 });

    expect(await ids('sessions', 'sid')).toEqual(['live']);
    expect(await ids('user_tokens', 'token_hash')).toEqual(['expired-recently', 'used-recently', 'valid']);
    expect(await ids('login_throttle', 'key')).toEqual([
      'login-account:no-expiry',
      'login-account:someone@example.org',
      'login-address:192.0.2.1',
    ]);
    expect(await ids('mail_outbox', 'subject')).toEqual([
      'outbox-recently',
      'refused-long-ago',
      'sent-recently',
    ]);
    expect(await ids('audit_trail', 'id')).toEqual(audit);
    expect(await db.knex('catalogue_changes').count({ n: '*' }).first()).toEqual(history);
    expect(Number(history?.n)).toBeGreaterThan(0);

    // Again, with the VACUUM the embedded database needs (no autovacuum there): nothing left to remove.
    expect(await cleanUp(db.knex, config, now, { vacuum: true })).toEqual({
      sessions: 0,
      tokens: 0,
      loginCounts: 0,
      mail: 0,
    });
  });

  it('removes the throttle counters and sessions once their windows have passed', async () => {
    const later = new Date(now.getTime() + 2 * HOUR);
    expect(await cleanUp(db.knex, config, later)).toMatchObject({ sessions: 1, loginCounts: 2 });
    expect(await ids('sessions', 'sid')).toEqual([]);
    expect(await ids('login_throttle', 'key')).toEqual(['login-account:no-expiry']);
  });

  it('runs on its schedule until stopped', async () => {
    await db.knex('sessions').insert({ sid: 'scheduled', sess: '{}', expired: ago(1000) });
    const schedule = scheduleCleanUp(db.knex, config, createLogger('silent'), 50, { vacuum: true });
    try {
      await waitFor(
        'the scheduled clean-up',
        async () => (await ids('sessions', 'sid')).length === 0,
        10_000,
      );
    } finally {
      await schedule.stop();
    }
  });

  it('still cannot delete or change the audit trail', async () => {
    const before = await ids('audit_trail', 'id');
    expect(before.length).toBeGreaterThan(0);
    await expect(db.knex('audit_trail').del()).rejects.toThrow(/append-only/);
    await expect(db.knex('audit_trail').update({ action: 'changed' })).rejects.toThrow(/append-only/);
    await expect(db.knex.raw('truncate audit_trail')).rejects.toThrow(/append-only/);
    expect(await ids('audit_trail', 'id')).toEqual(before);
  });
});
