import { submissionDeps } from '../../../src/controllers/submissions/submission-context';
import { findSection } from '../../../src/domain/submissions/record-form';
import { createLogger } from '../../../src/logger';
import { updateUser } from '../../../src/repositories/accounts/users.repository';
import { openDraft, saveSection, submitDraft } from '../../../src/services/submissions/draft-service';
import type { Actor } from '../../../src/services/submissions/submission.types';
import { makeDocument, makeProvider, makeService } from '../../support/catalogue-factory';
import {
  createAccountsTestApp,
  createUser,
  signIn,
  type AccountsTestApp,
  type TestUser,
} from '../../support/auth';
import { decoded, startSmtp } from '../../support/smtp';

const document = () =>
  makeDocument({
    providers: [makeProvider({ id: 'acme', name: 'Acme' }), makeProvider({ id: 'decoy', name: 'Decoy' })],
    services: [
      makeService({ id: 'acme-cloud', providerId: 'acme', name: 'Acme Cloud' }),
      makeService({ id: 'decoy-cloud', providerId: 'decoy', name: 'Decoy Cloud' }),
    ],
  });

const exitForm = {
  'exit.dataActSwitching.value': 'true',
  'exit.dataActSwitching.sources.0.url': 'https://acme.example/switching',
  'exit.exportFormats.value': 'CSV',
  'exit.exportFormats.sources.0.url': 'https://acme.example/export',
};

const actor = (u: TestUser): Actor => ({ id: u.id, email: u.email, role: u.role, providerId: u.providerId });

/** A supplier's submitted draft of Acme Cloud changing two facts; its id. */
async function submittedDraft(t: AccountsTestApp, author: TestUser): Promise<number> {
  const deps = submissionDeps({ ...t, logger: createLogger('silent') });
  const draft = await openDraft(deps, actor(author), 'service', 'acme-cloud');
  const saved = await saveSection(
    deps,
    actor(author),
    draft.id,
    findSection('service', 'exit')!,
    exitForm,
    draft.revision,
  );
  expect(saved.errors).toEqual([]);
  await submitDraft(deps, actor(author), draft.id);
  return draft.id;
}

async function decide(
  session: Awaited<ReturnType<typeof signIn>>,
  id: number,
  item: string,
  decision: 'checked' | 'rejected',
  reason = '',
) {
  await session.agent
    .post(`/curator/submissions/${id}/decisions`)
    .type('form')
    .send({ _csrf: session.csrf, item, decision, reason })
    .expect(303);
}

async function checkAllAndApprove(session: Awaited<ReturnType<typeof signIn>>, id: number) {
  await decide(session, id, 'exit.dataActSwitching', 'checked');
  await decide(session, id, 'exit.exportFormats', 'checked');
  await session.agent
    .post(`/curator/submissions/${id}/approve`)
    .type('form')
    .send({ _csrf: session.csrf })
    .expect(303);
}

const outbox = (t: AccountsTestApp, since: number) =>
  t.db.knex('mail_outbox').where('id', '>', since).orderBy('recipient');
const lastMailId = async (t: AccountsTestApp) =>
  Number((await t.db.knex('mail_outbox').max({ id: 'id' }).first())?.id ?? 0);

describe('review-outcome e-mails', () => {
  let t: AccountsTestApp;
  let author: TestUser;
  let colleague: TestUser;
  let curator: TestUser;
  beforeEach(async () => {
    t = await createAccountsTestApp({ document: document() });
    author = await createUser(t, { role: 'supplier', providerId: 'acme' });
    colleague = await createUser(t, { role: 'supplier', providerId: 'acme' });
    const gone = await createUser(t, { role: 'supplier', providerId: 'acme' });
    await updateUser(t.db.knex, gone.id, { deactivated_at: new Date() });
    await createUser(t, { role: 'supplier', providerId: 'decoy' });
    curator = await createUser(t, { role: 'curator' });
  });
  afterEach(() => t.close());

  it('tells the provider’s active suppliers of an approval, after it is published; a refused one sends nothing', async () => {
    const id = await submittedDraft(t, author);
    const session = await signIn(t.app, curator);
    const before = await lastMailId(t);
    // Refused (the facts are not checked yet): nothing is sent.
    await session.agent
      .post(`/curator/submissions/${id}/approve`)
      .type('form')
      .send({ _csrf: session.csrf })
      .expect(409);
    expect(await outbox(t, before)).toEqual([]);

    await checkAllAndApprove(session, id);
    const mails = await outbox(t, before);
    // The author and the other active supplier of Acme; not the deactivated one, not Decoy's.
    expect(mails.map((m) => m.recipient)).toEqual([author.email, colleague.email].sort());
    for (const mail of mails) {
      expect(mail.transport).toBe('outbox');
      expect(mail.subject).toBe('Goedgekeurd: Acme Cloud');
      expect(mail.body).toContain('goedgekeurd');
      expect(mail.body).toContain('Gecontroleerde gegevens: 2');
      expect(mail.body).toContain(`http://localhost:3000/drafts/${id}`);
    }
  });

  it('sends a return with the curator’s message and the reason of each rejected fact', async () => {
    const id = await submittedDraft(t, author);
    const session = await signIn(t.app, curator);
    await decide(session, id, 'exit.dataActSwitching', 'rejected', 'De pagina noemt geen switching-termijn');
    await decide(session, id, 'exit.exportFormats', 'checked');
    const before = await lastMailId(t);
    await session.agent
      .post(`/curator/submissions/${id}/return`)
      .type('form')
      .send({ _csrf: session.csrf, message: 'Graag een bron met de termijn.' })
      .expect(303);
    const mails = await outbox(t, before);
    expect(mails.map((m) => m.recipient)).toEqual([author.email, colleague.email].sort());
    const [mail] = mails;
    expect(mail.subject).toBe('Teruggestuurd: Acme Cloud');
    expect(mail.body).toContain('Graag een bron met de termijn.');
    // The fact by its label, as the review page names it.
    expect(mail.body).toMatch(/^- Overstapvoorwaarden\b.*: De pagina noemt geen switching-termijn$/m);
    // Only the rejected fact is listed with a reason.
    expect(mail.body?.match(/^- /gm)).toHaveLength(1);
    expect(mail.body).toContain(`http://localhost:3000/drafts/${id}`);
  });
});

describe('review-outcome e-mail over SMTP', () => {
  it('sends the approval through the SMTP server', async () => {
    const smtp = await startSmtp();
    const t = await createAccountsTestApp({
      document: document(),
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Cloudmarkt <noreply@cloudmarkt.test>' },
    });
    try {
      const author = await createUser(t, { role: 'supplier', providerId: 'acme' });
      await createUser(t, { role: 'supplier', providerId: 'decoy' });
      const id = await submittedDraft(t, author);
      const session = await signIn(t.app, await createUser(t, { role: 'curator' }));
      await checkAllAndApprove(session, id);
      expect(smtp.received.map((m) => m.to)).toEqual([[author.email]]);
      const [mail] = smtp.received;
      expect(mail.data).toMatch(/^Subject: Goedgekeurd: Acme Cloud/m);
      expect(decoded(mail.data)).toContain(`http://localhost:3000/drafts/${id}`);
      const row = await t.db.knex('mail_outbox').where({ recipient: author.email }).first();
      expect(row).toMatchObject({ transport: 'smtp', body: null, error: null });
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
