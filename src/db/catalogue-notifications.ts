import type { Knex } from 'knex';
import pg from 'pg';
import type { Database } from './database';

/** Channel on which an import announces a new catalogue; the payload is the new generation. */
export const CATALOGUE_CHANNEL = 'catalogue_changed';

/** Queues the notification inside the import's transaction: PostgreSQL sends it only on commit. */
export async function notifyCatalogueChanged(trx: Knex.Transaction, generation: number): Promise<void> {
  await trx.raw('select pg_notify(?, ?)', [CATALOGUE_CHANNEL, String(generation)]);
}

/**
 * Calls `onChange(generation)` whenever any process commits an import into this database, so every
 * app instance can rebuild its read model. On a server this holds a dedicated connection (a pooled
 * one may be handed to someone else); PGlite has one connection and its own listen API.
 * Returns the function that stops listening.
 */
export async function listenForCatalogueChanges(
  db: Database,
  onChange: (generation: number) => void,
): Promise<() => Promise<void>> {
  const handle = (payload: string | undefined): void => {
    const generation = Number.parseInt(payload ?? '', 10);
    if (Number.isInteger(generation)) onChange(generation);
  };
  if (db.pglite) {
    const unsubscribe = await db.pglite.listen(CATALOGUE_CHANNEL, handle);
    return async () => {
      if (!db.pglite?.closed) await unsubscribe();
    };
  }
  if (!db.connectionString)
    throw new Error('listenForCatalogueChanges: database has neither PGlite nor a URL');
  return listenOnServer(db.connectionString, handle);
}

/** Wait before reconnecting the LISTEN connection after it was lost. */
const RECONNECT_DELAY_MS = 1000;

/**
 * LISTEN on a dedicated server connection that survives the database going away: a lost
 * connection emits 'error' (unhandled, that would crash the process), so it is caught and the
 * connection re-established. Notifications sent while it was down are lost, so after reconnecting
 * `onChange` is called once with generation 0 ("may have changed") and the app reloads.
 */
async function listenOnServer(
  connectionString: string,
  handle: (payload: string | undefined) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === CATALOGUE_CHANNEL) handle(message.payload);
    });
    try {
      await next.connect();
      await next.query(`listen ${CATALOGUE_CHANNEL}`);
    } catch (err) {
      next.removeAllListeners('end');
      await next.end().catch(() => undefined);
      throw err;
    }
    client = next;
  };
  const lost = (which: pg.Client): void => {
    if (stopped || which !== client) return;
    client = undefined;
    void which.end().catch(() => undefined);
    scheduleReconnect();
  };
  const scheduleReconnect = (): void => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => handle('0'),
        () => scheduleReconnect(),
      );
    }, RECONNECT_DELAY_MS);
    retry.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end();
  };
}
