import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../src/app-deps';
import { SearchService } from '../../src/services/search/search-service';
import { loadConfig, type Config } from '../../src/config';
import type { Role } from '../../src/db/account-tables';
import type { Database } from '../../src/db/database';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { createLogger, type Logger } from '../../src/logger';
import type { AuthUser } from '../../src/middleware/auth';
import { readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { insertUser, updateUser } from '../../src/repositories/accounts/users.repository';
import { Accounts } from '../../src/services/accounts/accounts';
import { hashPassword } from '../../src/services/accounts/password';
import type { ResponseCache } from '../../src/services/cache/response-cache';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { createMailer, type Mailer } from '../../src/services/mail/mailer';
import { createTestDatabase } from './db/test-database';
import { REFERENCE_ASSESSMENT_DATE, referenceCatalogue } from './test-app';

/**
 * Test support for everything behind a sign-in (issue 15): an app with a real database and
 * accounts, users of each role, and signed-in supertest agents with their CSRF token.
 *
 *   const t = await createAccountsTestApp();
 *   const supplier = await createUser(t, { role: 'supplier', providerId: 'ovhcloud' });
 *   const { agent, csrf } = await signIn(t.app, supplier);
 *   await agent.post('/some/form').type('form').send({ _csrf: csrf, ... }).expect(303);
 *   await t.close();
 */

/** Environment of the test app: a cheaper scrypt cost (production refuses it), mail to the outbox. */
export const ACCOUNTS_TEST_ENV: NodeJS.ProcessEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  PASSWORD_SCRYPT_N: '16384',
};

export interface AccountsTestApp {
  app: Express;
  db: Database;
  store: CatalogueStore;
  accounts: Accounts;
  config: Config;
  /** The first app's response cache (pages and API bodies). */
  cache: ResponseCache;
  /** Builds another app on the same database (e.g. a second instance, or other settings). */
  makeApp(env?: NodeJS.ProcessEnv): Express;
  close(): Promise<void>;
}

/**
 * A migrated test database (PGlite, or a schema of its own on DATABASE_URL) holding the reference
 * catalogue (or `document`), and the real app over it with accounts.
 */
export async function createAccountsTestApp(
  options: { document?: CatalogueDocument; env?: NodeJS.ProcessEnv; mailer?: Mailer; logger?: Logger } = {},
): Promise<AccountsTestApp> {
  const db = await createTestDatabase();
  const imported = await importCatalogue(db, options.document ?? referenceCatalogue());
  if (!imported.ok) throw new Error(`test catalogue invalid: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  const store = new CatalogueStore(
    { read: () => readCatalogueSnapshot(db.knex) },
    () => REFERENCE_ASSESSMENT_DATE,
  );
  await store.reload();
  const followers: CatalogueFollowers[] = [];
  const build = (env: NodeJS.ProcessEnv = {}) => {
    const config = loadConfig({ ...ACCOUNTS_TEST_ENV, ...options.env, ...env });
    const logger = options.logger ?? createLogger(config.logLevel);
    const accounts = new Accounts(
      db.knex,
      config,
      options.mailer ?? createMailer(db.knex, config, logger),
      logger,
    );
    const following = followCatalogue(store, (s) => SearchService.following(s));
    followers.push(following);
    const { search, cache } = following;
    const app = createApp({
      config,
      logger,
      store,
      search,
      cache,
      health: new DatabaseHealth(() => db.ping()),
      accounts,
      importCatalogue: (input, audit) => importCatalogue(db, input, { audit }),
    });
    return { app, config, accounts, cache };
  };
  const first = build();
  return {
    ...first,
    db,
    store,
    makeApp: (env) => build(env).app,
    close: async () => {
      for (const following of followers.splice(0)) following.close();
      await db.close();
    },
  };
}

export interface TestUser extends AuthUser {
  password: string;
}

let counter = 0;
const hashes = new Map<string, Promise<string>>();

/** A password hash made once per password and test file (scrypt is deliberately slow). */
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password, 16384);
    hashes.set(password, hash);
  }
  return hash;
}

/**
 * An active user of a role with a password (suppliers need `providerId`, a provider of the test
 * catalogue). The e-mail address is unique unless given.
 */
export async function createUser(
  t: Pick<AccountsTestApp, 'db'>,
  options: { role: Role; providerId?: string; email?: string; password?: string; name?: string },
): Promise<TestUser> {
  counter += 1;
  const email = options.email ?? `${options.role}-${process.pid}-${counter}@example.org`;
  const password = options.password ?? 'correct horse battery staple';
  const row = await insertUser(t.db.knex, {
    email,
    role: options.role,
    providerId: options.role === 'supplier' ? (options.providerId ?? 'ovhcloud') : null,
    name: options.name ?? null,
  });
  await updateUser(t.db.knex, row.id, {
    password_hash: await hashOnce(password),
    password_changed_at: new Date(),
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    providerId: row.provider_id,
    password,
  };
}

/** The CSRF token in the first form of a page (the agent keeps the matching cookie). */
export async function csrfTokenFrom(agent: TestAgent, path = '/login'): Promise<string> {
  const res = await agent.get(path);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)?.[1];
  if (!token) throw new Error(`no CSRF token in the page ${path} (status ${res.status})`);
  return token;
}

/**
 * Signs the user in through the real login form and returns the agent (it keeps the session and
 * CSRF cookies) with a CSRF token valid for its forms.
 */
export async function signIn(
  app: Express,
  user: { email: string; password: string },
): Promise<{ agent: TestAgent; csrf: string }> {
  const agent = request.agent(app);
  const csrf = await csrfTokenFrom(agent, '/login');
  const res = await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrf, email: user.email, password: user.password });
  if (res.status !== 303) throw new Error(`sign-in of ${user.email} failed with ${res.status}`);
  return { agent, csrf };
}
