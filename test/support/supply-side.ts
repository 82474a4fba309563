import * as cheerio from 'cheerio';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { followCatalogue, type AppDeps } from '../../src/app-deps';
import { createLogger } from '../../src/logger';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { SearchService } from '../../src/services/search/search-service';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { makeDocument, makeFact, makeProvider, makeService } from './catalogue-factory';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
  type TestUser,
} from './auth';

/**
 * The supply side as an attacker meets it (security tests of issue 15): two providers, each with
 * services, and a signed-in agent for every kind of visitor — anonymous, a supplier of each
 * provider, a curator, an administrator and a user deactivated after signing in.
 */

/** Provider A (`acme`) is the victim, provider B (`decoy`) the other supplier. */
export function supplyDocument(): CatalogueDocument {
  return makeDocument({
    providers: [makeProvider({ id: 'acme', name: 'Acme' }), makeProvider({ id: 'decoy', name: 'Decoy' })],
    services: [
      makeService({ id: 'acme-cloud', providerId: 'acme', name: 'Acme Cloud' }),
      makeService({ id: 'acme-files', providerId: 'acme', name: 'Acme Files' }),
      makeService({ id: 'acme-mail', providerId: 'acme', name: 'Acme Mail' }),
      makeService({
        id: 'decoy-cloud',
        providerId: 'decoy',
        name: 'Decoy Cloud',
        exit: { exportFormats: makeFact(['CSV']) },
      }),
      makeService({ id: 'acme-backup', providerId: 'acme', name: 'Acme Backup' }),
    ],
  });
}

export const VISITORS = ['anonymous', 'supplierA', 'supplierB', 'curator', 'admin', 'deactivated'] as const;
export type Visitor = (typeof VISITORS)[number];

export interface Session {
  agent: TestAgent;
  csrf: string;
  user?: TestUser;
}

export interface SupplySide {
  t: AccountsTestApp;
  users: { supplierA: TestUser; supplierB: TestUser; curator: TestUser; curator2: TestUser; admin: TestUser };
  /** A session of each visitor (the anonymous one has a CSRF token too, so only the role is tested). */
  as: Record<Visitor, Session>;
  close(): Promise<void>;
}

export async function createSupplySide(env: NodeJS.ProcessEnv = {}): Promise<SupplySide> {
  const t = await createAccountsTestApp({ document: supplyDocument(), env });
  const users = {
    supplierA: await createUser(t, { role: 'supplier', providerId: 'acme' }),
    supplierB: await createUser(t, { role: 'supplier', providerId: 'decoy' }),
    curator: await createUser(t, { role: 'curator' }),
    curator2: await createUser(t, { role: 'curator' }),
    admin: await createUser(t, { role: 'admin' }),
  };
  const anonymous = request.agent(t.app);
  const gone = await createUser(t, { role: 'supplier', providerId: 'acme' });
  const deactivated = await signIn(t.app, gone);
  await t.db.knex('users').where({ id: gone.id }).update({ deactivated_at: new Date() });
  const as: Record<Visitor, Session> = {
    anonymous: { agent: anonymous, csrf: await csrfTokenFrom(anonymous) },
    supplierA: { ...(await signIn(t.app, users.supplierA)), user: users.supplierA },
    supplierB: { ...(await signIn(t.app, users.supplierB)), user: users.supplierB },
    curator: { ...(await signIn(t.app, users.curator)), user: users.curator },
    admin: { ...(await signIn(t.app, users.admin)), user: users.admin },
    deactivated: { ...deactivated, user: gone },
  };
  return { t, users, as, close: () => t.close() };
}

/** POSTs a form with the session's CSRF token. */
export function post(session: Session, path: string, body: Record<string, string> = {}) {
  return session.agent
    .post(path)
    .type('form')
    .send({ _csrf: session.csrf, ...body });
}

/** Opens (or finds) the draft of a record and returns its id. */
export async function openDraft(session: Session, kind: 'service' | 'provider', id: string): Promise<number> {
  const res = await post(session, '/drafts', { kind, id }).expect(303);
  return Number(String(res.headers.location).split('/').pop());
}

/** The revision of a draft as its section form carries it. */
export async function revisionOf(session: Session, draftId: number, section: string): Promise<string> {
  const page = await session.agent.get(`/drafts/${draftId}/${section}`).expect(200);
  return String(cheerio.load(page.text)('input[name=revision]').val());
}

/** Saves one section of a draft (expects it saved) with the fields given. */
export async function saveSection(
  session: Session,
  draftId: number,
  section: string,
  fields: Record<string, string>,
): Promise<void> {
  const revision = await revisionOf(session, draftId, section);
  const res = await post(session, `/drafts/${draftId}/${section}`, { revision, ...fields });
  if (res.status !== 303) {
    const problems = cheerio.load(res.text)('[data-test=error-summary], [data-test=refusal]').text();
    throw new Error(`saving ${section} gave ${res.status}: ${problems.trim()}`);
  }
}

/** A published SLA with a source: the change the tests submit. */
export const SLA_FORM = {
  'contract.slaAvailabilityPct.value': '99.9',
  'contract.slaAvailabilityPct.sources.0.url': 'https://acme.example/sla',
  'contract.slaAvailabilityPct.sources.0.kind': 'primary',
};

/** A draft of a service with the SLA change, submitted for review; returns its id. */
export async function submittedDraft(session: Session, serviceId: string): Promise<number> {
  const id = await openDraft(session, 'service', serviceId);
  await saveSection(session, id, 'contract', SLA_FORM);
  await post(session, `/drafts/${id}/submit`).expect(303);
  return id;
}

/** The refusal message of a 409 page. */
export const refusalOf = (html: string): string => cheerio.load(html)('[data-test=refusal]').text().trim();

/** Another app over the same database and accounts, with dependencies the test app lacks (history, backup). */
export function appWith(s: SupplySide, extra: Partial<Pick<AppDeps, 'history' | 'backupDatabase'>>): Express {
  const { search, cache } = followCatalogue(s.t.store, (store) => SearchService.following(store));
  return createApp({
    config: s.t.config,
    logger: createLogger('silent'),
    store: s.t.store,
    search,
    cache,
    health: new DatabaseHealth(() => s.t.db.ping()),
    accounts: s.t.accounts,
    ...extra,
  });
}
