import type { Server } from 'node:http';
import { createApp } from './app';
import { followCatalogue } from './app-deps';
import { backupDatabase } from './db/backup/backup-database';
import { Accounts } from './services/accounts/accounts';
import { createMailer } from './services/mail/mailer';
import { loadConfig, type Config } from './config';
import { listenForCatalogueChanges } from './db/catalogue-notifications';
import { createDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { withStartupLock } from './db/startup-lock';
import { createLogger, type Logger } from './logger';
import { limitHeapGrowth } from './runtime/heap-growth';
import { importCatalogue } from './services/catalogue/import-catalogue';
import { readCatalogueSnapshot } from './repositories/catalogue.repository';
import { seedReferenceCatalogue } from '../seeds/seed-reference-catalogue';
import { CatalogueStore, todayInAmsterdam } from './services/catalogue/catalogue-store';
import { DatabaseHealth } from './services/health/database-health';
import { HistoryService } from './services/history/history-service';
import { scheduleCleanUp } from './services/retention/clean-up';
import { SearchService } from './services/search/search-service';
import { createHttpServer } from './runtime/http-server';

/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface Running {
  server: Server;
  stop(): Promise<void>;
}

/**
 * Builds the real dependencies and listens: opens the database (PostgreSQL server or embedded
 * PGlite), migrates and seeds or updates the reference catalogue (under a lock shared by every
 * instance), loads the read model, follows catalogue changes made by other processes, and serves.
 */
export async function start(config: Config, logger: Logger): Promise<Running> {
  const startedAt = Date.now();
  limitHeapGrowth(config.heapGrowingPercent);
  const db: Database = await createDatabase({
    url: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    memory: config.pgliteMemory,
    logger,
  });
  // Under an advisory lock, so that instances started together migrate and seed one after the other.
  await withStartupLock(db, logger, async () => {
    const applied = await migrate(db.knex);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    // Loads the reference catalogue into an empty database, or updates an unmodified older one.
    await seedReferenceCatalogue(db, logger, undefined, undefined, config.assessmentDate);
  });

  const assessmentDate = config.assessmentDate
    ? () => config.assessmentDate as string
    : () => todayInAmsterdam();
  const store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, assessmentDate);
  await store.reload();
  // The search index is built now, and rebuilt on every catalogue change, never per request.
  // Indexed in the background: at G-Cloud scale the index takes many seconds, and every page but
  // search can be served meanwhile (search says it is being prepared).
  const history = new HistoryService(db.knex);
  const followers = followCatalogue(
    store,
    (changes) =>
      SearchService.followingInBackground(changes, (outcome) => {
        if ('error' in outcome) logger.error({ err: outcome.error }, 'search index build failed');
        else logger.info(outcome, 'search index built');
      }),
    {
      history,
      onHistoryError: (err) => logger.error({ err }, 'recording the assessment date move failed'),
    },
  );
  const reload = async () => {
    const model = await store.reload();
    logger.info({ version: model.version, services: model.services.length }, 'catalogue reloaded');
  };
  const unlisten = await listenForCatalogueChanges(db, () => {
    reload().catch((err: unknown) => logger.error({ err }, 'catalogue reload failed'));
  });
  const health = new DatabaseHealth(() => db.ping(), logger, reload);
  health.start(config.dbHealthIntervalMs);

  const accounts = new Accounts(db.knex, config, createMailer(db.knex, config, logger), logger);
  // Expired sessions, spent links, ended login counters and old mail (README, "Retention").
  const retention = scheduleCleanUp(db.knex, config, logger, config.cleanupIntervalMinutes * 60_000, {
    vacuum: db.kind === 'pglite',
  });
  // First run (the pattern of Jenkins and Grafana): no administrator yet, so a one-time link to
  // create one, in the log only. Never a default password.
  const setupLink = await accounts.setupLinkIfNoAdmin();
  if (setupLink) {
    logger.warn(
      { setupLink, validHours: config.resetTtlHours },
      `No administrator yet. Open this one-time link to create the first one: ${setupLink}`,
    );
  }

  const app = createApp({
    config,
    logger,
    store,
    health,
    search: followers.search,
    cache: followers.cache,
    history,
    importCatalogue: (input, audit) =>
      importCatalogue(db, input, {
        assessedOn: assessmentDate(),
        actor: 'POST /api/admin/catalogue',
        audit,
        // The store reads this database: the history starts from its catalogue when it is current.
        held: () => store.held(),
      }),
    backupDatabase: (file) => backupDatabase(db, file),
    accounts,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = createHttpServer(app).listen(config.port, config.host, () => resolve(s));
  });
  logger.info(
    {
      port: config.port,
      database: db.kind,
      services: store.current().services.length,
      startupMs: Date.now() - startedAt,
    },
    'cloudmarkt listening',
  );

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: no new connections, finishing requests in flight');
      health.stop();
      const retentionStopped = retention.stop();
      // server.close() waits for open connections; a keep-alive connection that was busy becomes
      // idle when its response is done, so sweep idle ones until the server has closed.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(sweep);
      await retentionStopped;
      await unlisten();
      followers.close();
      await db.close();
      logger.info('shut down cleanly');
    })());
  return { server, stop };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let running: Running;
  try {
    running = await start(config, logger);
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const force = setTimeout(() => {
        logger.error('in-flight requests did not finish in time; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      force.unref();
      running.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (require.main === module) void main();
