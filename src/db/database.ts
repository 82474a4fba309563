import { PGlite } from '@electric-sql/pglite';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from '../logger';
import { PgliteClient } from './pglite-client';
import { acquireDataDirLock } from './pglite-lock';
import './tables';
import './account-tables';

export type DatabaseKind = 'pglite' | 'pg';

export interface Database {
  knex: Knex;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** The embedded instance (PGlite only): its LISTEN runs on the one connection. */
  pglite?: PGlite;
  /** The server's connection string (pg only): LISTEN needs a dedicated client. */
  connectionString?: string;
}

export interface DatabaseOptions {
  /** PostgreSQL server; when set, `pg` is used and the PGlite options are ignored. */
  url?: string;
  /** Folder of the embedded database; created when missing and locked for this process. */
  pgliteDir?: string;
  /** Run the embedded database in memory (nothing kept). */
  memory?: boolean;
  /** Schema to use on the server (tests give each file its own). */
  searchPath?: string;
  logger?: Logger;
}

const INT8_OID = 20;
const DATE_OID = 1082;
const keepText = (value: string): string => value;

// count(*) is int8, which `pg` returns as a string (PGlite returns a number); dates stay 'YYYY-MM-DD'
// on both so that a date never shifts with the process's time zone.
pg.types.setTypeParser(INT8_OID, (value: string) => Number.parseInt(value, 10));
pg.types.setTypeParser(DATE_OID, keepText);

/** Opens the database: a PostgreSQL server when a URL is given, the embedded PGlite otherwise. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openServer(options.url, options) : openEmbedded(options);
}

function openServer(url: string, options: DatabaseOptions): Database {
  const knex = knexFactory({
    client: 'pg',
    connection: url,
    searchPath: options.searchPath ? [options.searchPath] : undefined,
    pool: { min: 0, max: 10 },
    log: options.logger ? knexLog(options.logger) : undefined,
  });
  options.logger?.debug({ kind: 'pg' }, 'database opened');
  return {
    knex,
    kind: 'pg',
    connectionString: url,
    close: () => knex.destroy(),
    ping: async () => {
      await knex.raw('select 1');
    },
  };
}

/** knex writes its warnings (e.g. a lost connection) to the console; keep them in the JSON log. */
function knexLog(logger: Logger): Knex.Config['log'] {
  return {
    warn: (message: unknown) => logger.warn({ detail: String(message) }, 'database client warning'),
    error: (message: unknown) => logger.error({ detail: String(message) }, 'database client error'),
    deprecate: (method: string, alternative: string) =>
      logger.warn({ method, alternative }, 'knex deprecation'),
    debug: (message: unknown) => logger.debug({ detail: String(message) }, 'database client debug'),
  };
}

/**
 * PostgreSQL's default of 128 MB sits in PGlite's WebAssembly memory for the life of the process.
 * The embedded database serves one session that reads the catalogue once per change; 16 MB keeps
 * that read and an import as fast (measured at 40,000 services) and saves ~130 MB resident.
 */
const PGLITE_SHARED_BUFFERS = '16MB';

/**
 * A commit is acknowledged only after its WAL has been written to the data folder (PGlite's Node
 * file system writes straight through to the operating system), so a killed process loses no
 * acknowledged write (test/faults/acknowledged-writes.test.ts; with `off` it does). This is
 * PostgreSQL's default; it is set here so that no change of defaults can take it away. PGlite
 * cannot fsync, so an operating-system crash or power loss is not covered (docs/durability.md).
 */
const PGLITE_DURABILITY = ['-c', 'synchronous_commit=on'];

async function openEmbedded(options: DatabaseOptions): Promise<Database> {
  const dataDir = options.memory ? undefined : options.pgliteDir;
  if (!options.memory && !dataDir) throw new Error('createDatabase: give a url, a pgliteDir or memory: true');
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      parsers: { [DATE_OID]: keepText },
      startParams: [
        ...PGlite.defaultStartParams,
        '-c',
        `shared_buffers=${PGLITE_SHARED_BUFFERS}`,
        ...PGLITE_DURABILITY,
      ],
    });
  } catch (err) {
    release();
    throw err;
  }
  const knex = knexFactory({
    client: PgliteClient as unknown as typeof Knex.Client,
    // knex-pglite takes an existing instance through a connection function (not in its types).
    connection: (() => ({ pglite })) as unknown as Knex.StaticConnectionConfig,
  });
  options.logger?.debug({ kind: 'pglite', dataDir: dataDir ?? 'memory' }, 'database opened');
  return {
    knex,
    kind: 'pglite',
    pglite,
    close: async () => {
      try {
        await knex.destroy();
        if (!pglite.closed) await pglite.close();
      } finally {
        release();
      }
    },
    ping: async () => {
      await knex.raw('select 1');
    },
  };
}
