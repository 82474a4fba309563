import type { Knex } from 'knex';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import {
  deleteExpiredLoginCounts,
  deleteExpiredSessions,
  deleteOldMail,
  deleteSpentTokens,
  vacuumChurningTables,
} from '../../repositories/retention/retention.repository';

export type RetentionConfig = Pick<Config, 'tokenRetentionDays' | 'mailRetentionDays'>;

/** How many rows one clean-up removed, per table. */
export interface CleanUpResult {
  sessions: number;
  tokens: number;
  loginCounts: number;
  mail: number;
}

export interface CleanUpOptions {
  /** VACUUM the tables with many updates afterwards (the embedded database has no autovacuum). */
  vacuum?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/**
 * Removes what has served its purpose: expired sessions, one-time links used or expired more than
 * TOKEN_RETENTION_DAYS ago, failed-login counters whose window ended, and mail sent (or left in
 * the outbox) more than MAIL_RETENTION_DAYS ago. The audit trail and the history are records and
 * are kept. Safe to run at any time and from several instances at once. With `vacuum` (the
 * embedded database) the space of the removed and updated rows is made reusable too.
 */
export async function cleanUp(
  db: Knex,
  config: RetentionConfig,
  now = new Date(),
  options: CleanUpOptions = {},
): Promise<CleanUpResult> {
  const removed = {
    sessions: await deleteExpiredSessions(db, now),
    tokens: await deleteSpentTokens(db, daysBefore(now, config.tokenRetentionDays)),
    loginCounts: await deleteExpiredLoginCounts(db, now),
    mail: await deleteOldMail(db, daysBefore(now, config.mailRetentionDays)),
  };
  if (options.vacuum) await vacuumChurningTables(db);
  return removed;
}

/**
 * Runs cleanUp shortly after start and then every `intervalMs`, one pass at a time, on a timer that
 * never keeps the process alive. A failed pass (the database away) is logged and tried again at
 * the next interval. `stop()` ends the schedule and waits for a pass in progress.
 */
export function scheduleCleanUp(
  db: Knex,
  config: RetentionConfig,
  logger: Logger,
  intervalMs: number,
  options: CleanUpOptions = {},
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = () => {
    running = cleanUp(db, config, new Date(), options).then(
      (removed) => {
        if (Object.values(removed).some((n) => n > 0)) logger.info({ removed }, 'retention clean-up');
      },
      (err: unknown) => logger.warn({ err }, 'retention clean-up failed; trying again later'),
    );
    return running;
  };
  let timer: NodeJS.Timeout;
  const next = (delay: number) => {
    timer = setTimeout(() => {
      void pass().then(() => {
        if (!stopped) next(intervalMs);
      });
    }, delay);
    timer.unref();
  };
  next(Math.min(intervalMs, 60_000));
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
