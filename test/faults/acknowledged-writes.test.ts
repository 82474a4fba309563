import fs from 'node:fs';
import { migrate } from '../../src/db/migrate';
import { catalogueGeneration } from '../../src/repositories/catalogue.repository';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { createUser } from '../support/auth';
import { makeDocument, makeProvider, makeService } from '../support/catalogue-factory';
import { createCommandDatabase, type CommandDatabase } from '../support/commands/commands';
import { ensurePgliteTemplate } from '../support/db/pglite-template';
import { HttpSession } from './support/http-session';
import { findProblems } from './support/record-check';
import { spawnServer, type SpawnedServer } from './support/spawn-server';
import { waitFor } from './support/wait-for';
import { streamWrites, type Ack } from './support/write-stream';

const PROVIDERS = ['north', 'east', 'south', 'west'];
const SERVICES_PER_PROVIDER = 40;

/** A small PRNG with a fixed seed: the "random" kill moment is the same in every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** After how many acknowledged writes each round kills the server. */
const KILL_AFTER = [5, 20, 50, 1 + Math.floor(mulberry32(18)() * 40)];

const serviceIds = (provider: string) =>
  Array.from({ length: SERVICES_PER_PROVIDER }, (_, i) => `${provider}-cloud-${i + 1}`);

const document = () =>
  makeDocument({
    providers: PROVIDERS.map((id) => makeProvider({ id, name: `Provider ${id}` })),
    services: PROVIDERS.flatMap((providerId) =>
      serviceIds(providerId).map((id) => makeService({ id, providerId })),
    ),
  });

const kind = process.env.DATABASE_URL ? 'a PostgreSQL server' : 'the embedded database';

/**
 * Issue 18: no acknowledged write is lost. The built app runs as a child process on a database of
 * its own; signed-in suppliers and a curator send a concurrent stream of writes over HTTP (drafts
 * opened and saved, comments, submissions, curator decisions and approvals that publish), and the
 * process is killed with SIGKILL after a chosen number of acknowledged writes, with others in
 * flight. After each kill the database must hold every acknowledged write and no half-written
 * one, and the restarted app must start cleanly and serve every approved change.
 */
describe(`acknowledged writes survive SIGKILL (${kind})`, () => {
  let database: CommandDatabase;
  let server: SpawnedServer | undefined;
  let baseGeneration = 0;
  const password = 'a long enough test password';
  const emails = { curator: '', suppliers: [] as string[] };

  beforeAll(async () => {
    database = await createCommandDatabase();
    if (database.pgliteDir) fs.cpSync(await ensurePgliteTemplate(), database.pgliteDir, { recursive: true });
    const db = await database.open();
    try {
      await migrate(db.knex);
      const imported = await importCatalogue(db, document());
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
      baseGeneration = await catalogueGeneration(db.knex);
      emails.curator = (await createUser({ db }, { role: 'curator', password })).email;
      for (const providerId of PROVIDERS)
        emails.suppliers.push((await createUser({ db }, { role: 'supplier', providerId, password })).email);
    } finally {
      await db.close();
    }
  }, 120_000);

  afterAll(async () => {
    server?.kill();
    await server?.exited;
    await database?.dispose();
  }, 60_000);

  /** Starts the built app on the database and waits until it is ready (or fails with its output). */
  async function start(): Promise<SpawnedServer> {
    const env = { ...database.env, NODE_ENV: 'production', TRUST_PROXY: '1', PGLITE_MEMORY: '0' };
    const started = await spawnServer(env, { built: true });
    let exit: number | string | undefined;
    void started.exited.then((code) => (exit = code));
    const ready = async () => (await fetch(`http://127.0.0.1:${started.port}/readyz`)).status === 200;
    await waitFor(
      'the app to be ready or to exit',
      async () => exit !== undefined || (await ready()),
      120_000,
    )
      .then(() => {
        if (exit !== undefined) throw new Error(`the app exited with ${exit}`);
      })
      .catch((err: Error) => {
        started.kill();
        throw new Error(`${err.message}\n${started.output()}`);
      });
    return started;
  }

  /** The restarted app serves the whole catalogue, with every acknowledged approval in it. */
  async function expectServed(running: SpawnedServer, acks: Ack[]): Promise<void> {
    const list = await fetch(`http://127.0.0.1:${running.port}/api/v1/services?perPage=1`);
    expect(((await list.json()) as { total: number }).total).toBe(PROVIDERS.length * SERVICES_PER_PROVIDER);
    for (const ack of acks) {
      if (ack.kind !== 'approved') continue;
      const res = await fetch(`http://127.0.0.1:${running.port}/api/v1/services/${ack.serviceId}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(ack.marker);
    }
    expect(running.output()).not.toMatch(/"level":(50|60)/);
  }

  it(`keeps every acknowledged write through ${KILL_AFTER.length} kills (after ${KILL_AFTER.join(', ')} writes)`, async () => {
    const acks: Ack[] = [];
    const curator = new HttpSession('');
    const suppliers = PROVIDERS.map((provider) => ({
      session: new HttpSession(''),
      services: serviceIds(provider),
    }));
    const figures: string[] = [];
    for (const [round, target] of KILL_AFTER.entries()) {
      const began = Date.now();
      const running = (server = await start());
      await expectServed(running, acks);
      const base = `http://127.0.0.1:${running.port}`;
      for (const session of [curator, ...suppliers.map((s) => s.session)]) session.baseUrl = base;
      if (round === 0) {
        await curator.signIn(emails.curator, password);
        for (const [i, { session }] of suppliers.entries())
          await session.signIn(emails.suppliers[i]!, password);
      }

      let acknowledged = 0;
      let killed = false;
      const outcome = await streamWrites({
        suppliers,
        curator,
        stopped: () => killed,
        // An answer that arrives just after the kill was still received: it counts as well.
        onAck: (ack) => {
          acks.push(ack);
          acknowledged += 1;
          if (acknowledged === target && !killed) {
            killed = true;
            running.kill();
          }
        },
      });
      expect(await running.exited).toBe('SIGKILL');
      if (outcome.unexpected.length > 0) {
        const log = running.output().slice(-4000);
        throw new Error(`unexpected answers:\n${outcome.unexpected.join('\n')}\napp log:\n${log}`);
      }
      expect(acknowledged).toBeGreaterThanOrEqual(target);

      const db = await database.open();
      const { lost, halfWritten } = await findProblems(db.knex, acks, baseGeneration).finally(() =>
        db.close(),
      );
      const approved = acks.filter((a) => a.kind === 'approved').length;
      figures.push(
        `kill ${round + 1}: ${acknowledged} acknowledged this round (${acks.length} in all, ${approved} approvals), ` +
          `${acks.length - lost.length} of ${acks.length} found, ${outcome.cutOff} requests cut off, ` +
          `${Date.now() - began} ms`,
      );
      expect({ lost, halfWritten }).toEqual({ lost: [], halfWritten: [] });
    }
    // A last restart: the app starts cleanly on what the last kill left, serves it, and stops cleanly.
    const last = (server = await start());
    await expectServed(last, acks);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    console.info(`Acknowledged writes on ${kind}:\n${figures.join('\n')}`);
  }, 600_000);
});
