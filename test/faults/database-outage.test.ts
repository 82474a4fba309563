import * as cheerio from 'cheerio';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { createDatabase } from '../../src/db/database';
import { start, type Running } from '../../src/server';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { referenceCatalogue } from '../support/test-app';
import { captureLogger } from './support/capture-logger';
import { TcpProxy } from './support/tcp-proxy';
import { tcpReachable, waitFor } from './support/wait-for';

const PG_HOST = '127.0.0.1';
const PG_PORT = 5432;
const ADMIN_URL = `postgres://postgres@${PG_HOST}:${PG_PORT}/test`;
const available = tcpReachable(PG_HOST, PG_PORT);
if (!available) console.warn(`database outage test skipped: no PostgreSQL server at ${PG_HOST}:${PG_PORT}`);

/**
 * The real server stack on a real PostgreSQL server, reached through a proxy the test cuts: pages
 * and the API answer 503 while the database is unreachable, liveness stays up, nothing crashes, and
 * everything (including change notifications) comes back without a restart.
 */
(available ? describe : describe.skip)('database outage (real PostgreSQL behind a proxy)', () => {
  // A database of its own: migrations, seed and notifications cannot clash with other test files.
  const database = `cloudmarkt_faults_${process.pid}_${Date.now()}`;
  const proxy = new TcpProxy(PG_HOST, PG_PORT);
  const log = captureLogger();
  let running: Running;
  let base: string;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => crashes.push(err);

  const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    await admin(`create database ${database}`);
    const proxyPort = await proxy.listen();
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: `postgres://postgres@127.0.0.1:${proxyPort}/${database}`,
      DB_HEALTH_INTERVAL_MS: '200',
      ASSESSMENT_DATE: '2026-11-28',
      LOG_LEVEL: 'info',
    });
    running = await start(config, log.logger);
    base = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    proxy.restore();
    await running?.stop();
    await proxy.close();
    await admin(`drop database if exists ${database} with (force)`);
    process.off('uncaughtException', onCrash);
  }, 60_000);

  it('serves pages, the API and readiness while the database answers', async () => {
    expect((await get('/readyz')).status).toBe(200);
    expect((await get('/')).status).toBe(200);
    expect((await get('/services/nextcloud-hub')).status).toBe(200);
    expect((await get('/api/v1/services')).status).toBe(200);
  });

  it('answers 503 (page, JSON, readiness) but stays alive while the database is unreachable', async () => {
    proxy.cutOff();
    await waitFor('/readyz to fail', async () => (await get('/readyz')).status === 503);

    const ready = (await (await get('/readyz')).json()) as { checks: { database: string } };
    expect(ready.checks.database).toBe('down');
    expect((await get('/healthz')).status).toBe(200);

    for (const path of ['/', '/services/nextcloud-hub', '/providers/nextcloud']) {
      const page = await get(path);
      expect({ path, status: page.status }).toEqual({ path, status: 503 });
      expect(page.headers.get('retry-after')).toBe('10');
      expect(
        cheerio
          .load(await page.text())('[data-test=error-503]')
          .text(),
      ).not.toBe('');
    }
    const api = await get('/api/v1/services');
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    expect(log.messages()).toContain('database unreachable');
    expect(crashes).toEqual([]);
  });

  it('recovers without a restart when the database returns', async () => {
    const reloadsBefore = count(log.messages(), 'catalogue reloaded');
    proxy.restore();
    await waitFor('/readyz to recover', async () => (await get('/readyz')).status === 200);
    // Two reloads: one when the health check sees the database again, one when the LISTEN
    // connection is back (changes made during the outage would otherwise go unseen).
    await waitFor(
      'both reloads after the outage',
      async () => count(log.messages(), 'catalogue reloaded') >= reloadsBefore + 2,
    );
    expect((await get('/')).status).toBe(200);
    expect((await get('/api/v1/services')).status).toBe(200);
    expect(log.messages()).toContain('database reachable again');
    expect(crashes).toEqual([]);
  });

  it('still follows catalogue changes made by another process after the outage', async () => {
    const doc = referenceCatalogue();
    const service = doc.services[0];
    service.name = `${service.name} (renamed by the outage test)`;
    const other = await createDatabase({ url: `postgres://postgres@${PG_HOST}:${PG_PORT}/${database}` });
    try {
      const result = await importCatalogue(other, doc);
      expect(result.ok).toBe(true);
    } finally {
      await other.close();
    }
    await waitFor('the app to reload the changed catalogue', async () => {
      const page = await get(`/services/${service.id}`);
      return (
        cheerio
          .load(await page.text())('h1')
          .text() === service.name
      );
    });
    expect(crashes).toEqual([]);
  });
});

const count = (messages: string[], message: string) => messages.filter((m) => m === message).length;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
