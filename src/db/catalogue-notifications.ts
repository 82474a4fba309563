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
  const client = new pg.Client({ connectionString: db.connectionString });
  await client.connect();
  client.on('notification', (message) => {
    if (message.channel === CATALOGUE_CHANNEL) handle(message.payload);
  });
  await client.query(`listen ${CATALOGUE_CHANNEL}`);
  return async () => {
    await client.end();
  };
}
