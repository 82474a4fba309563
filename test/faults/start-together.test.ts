import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS } from '../../src/db/migration-source';
import { referenceCatalogue } from '../support/test-app';
import { spawnServer, type SpawnedServer } from './support/spawn-server';
import { tcpReachable, waitFor } from './support/wait-for';

const INSTANCES = 3;
const SEEDED = 'reference catalogue loaded into the empty database';
const MIGRATED = 'migrations applied';
const serviceCount = referenceCatalogue().services.length;

/** The server this run tests against, else the usual local one if it answers. */
const SERVER_URL = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test');
const serverAvailable = tcpReachable(SERVER_URL.hostname, Number(SERVER_URL.port || 5432));
if (!serverAvailable)
  console.warn(`start-together test on PostgreSQL skipped: no server at ${SERVER_URL.host}`);

const ready = async (server: SpawnedServer) =>
  (await fetch(`http://127.0.0.1:${server.port}/readyz`)).status === 200;
const count = (servers: SpawnedServer[], message: string) =>
  servers.filter((server) => server.output().includes(`"msg":"${message}"`)).length;

/** Every service id the instance serves, read page by page from the API. */
async function servedIds(server: SpawnedServer): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = '/api/v1/services?perPage=100&sort=name';
  while (next) {
    const body = (await (await fetch(`http://127.0.0.1:${server.port}${next}`)).json()) as {
      items: { id: string }[];
      links: { next?: string };
    };
    ids.push(...body.items.map((item) => item.id));
    next = body.links.next;
  }
  return ids;
}

/** Starts the instances at the same moment (no awaiting between the spawns). */
const startAll = (env: NodeJS.ProcessEnv) =>
  Promise.all(Array.from({ length: INSTANCES }, () => spawnServer(env)));

/**
 * Instances that an orchestrator starts together on an empty database (issue 13): migrations and
 * the first seeding run under an advisory lock, so every instance becomes ready and the catalogue
 * is seeded once. Real processes, as in production.
 */
(serverAvailable ? describe : describe.skip)(
  'instances started together on an empty PostgreSQL database',
  () => {
    const database = `cloudmarkt_start_${process.pid}_${Date.now()}`;
    const url = new URL(SERVER_URL.href);
    url.pathname = `/${database}`;
    let servers: SpawnedServer[] = [];

    async function admin<T extends pg.QueryResultRow>(sql: string, on = SERVER_URL.href): Promise<T[]> {
      const client = new pg.Client({ connectionString: on });
      await client.connect();
      try {
        return (await client.query<T>(sql)).rows;
      } finally {
        await client.end();
      }
    }

    beforeAll(() => admin(`create database ${database}`));
    afterAll(async () => {
      for (const server of servers) server.kill();
      await Promise.all(servers.map((server) => server.exited));
      await admin(`drop database if exists ${database} with (force)`);
    }, 60_000);

    it(`all ${INSTANCES} become ready; migrations and the catalogue are applied once`, async () => {
      servers = await startAll({ DATABASE_URL: url.href });
      const exits: (number | string)[] = [];
      for (const server of servers) void server.exited.then((code) => exits.push(code));
      await waitFor(
        `all ${INSTANCES} instances to be ready`,
        async () => {
          if (exits.length > 0) throw new Error(`an instance exited (${exits.join(', ')})`);
          return (await Promise.all(servers.map(ready))).every(Boolean);
        },
        180_000,
      ).catch((err: Error) => {
        throw new Error(`${err.message}\n${servers.map((s) => s.output()).join('\n---\n')}`);
      });

      expect(exits).toEqual([]);
      expect(count(servers, MIGRATED)).toBe(1);
      expect(count(servers, SEEDED)).toBe(1);
      const migrations = await admin<{ name: string }>('select name from knex_migrations', url.href);
      expect(migrations.map((m) => m.name).sort()).toEqual(MIGRATIONS.map(([name]) => name).sort());
      const [held] = await admin<{ rows: string; ids: string }>(
        'select count(*)::text as rows, count(distinct id)::text as ids from services',
        url.href,
      );
      expect(held).toEqual({ rows: String(serviceCount), ids: String(serviceCount) });
      for (const server of servers) {
        const ids = await servedIds(server);
        expect(ids).toHaveLength(serviceCount);
        expect(new Set(ids).size).toBe(serviceCount);
      }
    }, 240_000);
  },
);

/**
 * The embedded database lives in a folder that only one process may open (a second one would
 * silently lose writes). Started together on one empty folder, exactly one instance opens it,
 * migrates, seeds and becomes ready; the others stop at once (exit 1) with a message naming the
 * folder and the holder, and do not touch the winner's data. Several instances need DATABASE_URL.
 */
describe('instances started together on one empty embedded-database folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-start-'));
  let servers: SpawnedServer[] = [];

  afterAll(async () => {
    for (const server of servers) server.kill();
    await Promise.all(servers.map((server) => server.exited));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('one becomes ready and seeds once; the others refuse the folder clearly and exit 1', async () => {
    servers = await startAll({ PGLITE_MEMORY: '0', PGLITE_DIR: dir });
    // Each instance either becomes ready or exits; poll until one of the two has happened.
    const outcome = async (server: SpawnedServer): Promise<'ready' | { exited: number | string }> => {
      let exited: number | string | undefined;
      void server.exited.then((code) => (exited = code));
      await waitFor(
        'the instance to be ready or to exit',
        async () => exited !== undefined || (await ready(server)),
        180_000,
      );
      return exited === undefined ? 'ready' : { exited };
    };
    const outcomes = await Promise.all(servers.map(outcome));

    const winners = servers.filter((_s, i) => outcomes[i] === 'ready');
    expect(winners).toHaveLength(1);
    const [winner] = winners;
    for (const [i, server] of servers.entries()) {
      if (server === winner) continue;
      expect(outcomes[i]).toEqual({ exited: 1 });
      expect(server.output()).toContain(
        `The embedded database in ${dir} is in use by process ${winner.child.pid}`,
      );
      expect(server.output()).toContain('DATABASE_URL');
      expect(server.output()).not.toContain(MIGRATED);
    }
    expect(count(servers, SEEDED)).toBe(1);
    const ids = await servedIds(winner);
    expect(ids).toHaveLength(serviceCount);
    expect(new Set(ids).size).toBe(serviceCount);
  }, 240_000);
});
