import * as cheerio from 'cheerio';
import {
  createSupplySide,
  openDraft,
  post,
  submittedDraft,
  type SupplySide,
} from '../../support/supply-side';

/**
 * A refused comment, return message or rejection reason (empty, or over the 5,000-character limit)
 * shows the page the form was on again, with status 400, the error summary, the message next to the
 * field and the text as typed: nothing typed is lost, and nothing is stored.
 */
describe('refused text in the submission flow', () => {
  let s: SupplySide;
  beforeAll(async () => {
    s = await createSupplySide();
  });
  afterAll(() => s.close());

  const long = `Mijn lange toelichting <b>&amp;</b> ${'x'.repeat(5000)}`;
  const TOO_LONG = /hoogstens 5000 tekens \(het zijn er nu 50\d\d\)/;

  /** What a re-shown page says about one field: summary link, inline error and the text kept. */
  function shown(html: string, id: string) {
    const $ = cheerio.load(html);
    const field = $(`#${id}`);
    return {
      title: $('title').text(),
      heading: $('h1').text().trim(),
      summary: $('[data-test=error-summary] a')
        .toArray()
        .map((a) => ({ href: $(a).attr('href'), text: $(a).text().trim() })),
      error: $(`#${id}-error`).text().trim(),
      describedBy: field.attr('aria-describedby'),
      value: field.is('textarea') ? field.text() : field.val(),
    };
  }

  it('shows the draft page again with a too long comment as typed', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-cloud');
    const res = await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: long });
    expect(res.status).toBe(400);
    const page = shown(res.text, 'comment');
    // "Fout:" goes before the page's title, not its heading (GOV.UK).
    expect([page.title, page.heading]).toEqual([
      expect.stringMatching(/^Fout: Concept: Acme Cloud/),
      'Concept: Acme Cloud',
    ]);
    expect(page.summary).toEqual([{ href: '#comment', text: expect.stringMatching(TOO_LONG) }]);
    expect(page.error).toMatch(TOO_LONG);
    expect(page.describedBy).toBe('comment-error');
    expect(page.value).toBe(long);
    // The draft page, not the generic 400 page.
    expect(cheerio.load(res.text)('[data-test=sections]')).toHaveLength(1);
    expect(await s.t.db.knex('draft_comments').where({ draft_id: id })).toEqual([]);
  });

  it('shows the draft page again for an empty comment, with the message next to the field', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-files');
    const res = await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: '   ' });
    expect(res.status).toBe(400);
    const page = shown(res.text, 'comment');
    expect(page.summary).toEqual([{ href: '#comment', text: 'Schrijf eerst een opmerking.' }]);
    expect(page.error).toBe('Fout: Schrijf eerst een opmerking.');
  });

  it('shows the review page again for a curator’s comment, return message and reason as typed', async () => {
    const id = await submittedDraft(s.as.supplierA, 'acme-mail');
    const review = `/curator/submissions/${id}`;

    const comment = await post(s.as.curator, `/drafts/${id}/comments`, { comment: long, returnTo: 'review' });
    expect(comment.status).toBe(400);
    expect(shown(comment.text, 'comment')).toMatchObject({
      value: long,
      error: expect.stringMatching(TOO_LONG),
    });
    expect(cheerio.load(comment.text)('title').text()).toMatch(/^Fout: Beoordeling: /);

    const message = await post(s.as.curator, `${review}/return`, { message: long });
    expect(message.status).toBe(400);
    expect(shown(message.text, 'return-message')).toMatchObject({
      summary: [{ href: '#return-message', text: expect.stringMatching(TOO_LONG) }],
      error: expect.stringMatching(TOO_LONG),
      value: long,
    });
    // Only the field refused is marked: the comment form is empty.
    expect(shown(message.text, 'comment')).toMatchObject({ error: '', value: '' });

    const emptyMessage = await post(s.as.curator, `${review}/return`, { message: '' });
    expect(emptyMessage.status).toBe(400);
    expect(shown(emptyMessage.text, 'return-message').error).toContain(
      'Zeg wat de leverancier moet aanpassen.',
    );

    const item = 'contract.slaAvailabilityPct';
    const reason = await post(s.as.curator, `${review}/decisions`, {
      item,
      decision: 'rejected',
      reason: long,
    });
    expect(reason.status).toBe(400);
    const inputId = 'reason-contract-slaAvailabilityPct';
    expect(shown(reason.text, inputId)).toMatchObject({
      summary: [{ href: `#${inputId}`, text: expect.stringMatching(TOO_LONG) }],
      error: expect.stringMatching(TOO_LONG),
      describedBy: `${inputId}-error`,
      value: long,
    });
    const noReason = await post(s.as.curator, `${review}/decisions`, {
      item,
      decision: 'rejected',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(shown(noReason.text, inputId).error).toContain('Geef een reden voor de afwijzing.');

    // Nothing was stored, and the submission still waits.
    expect(await s.t.db.knex('draft_comments').where({ draft_id: id })).toEqual([]);
    expect(await s.t.db.knex('draft_reviews').where({ draft_id: id })).toEqual([]);
    expect((await s.t.db.knex('drafts').where({ id }).first())?.status).toBe('submitted');
  });

  it('shows a supplier the draft page, not the review page, whatever returnTo says', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-backup');
    const res = await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: '', returnTo: 'review' });
    expect(res.status).toBe(400);
    expect(cheerio.load(res.text)('[data-test=sections]')).toHaveLength(1);
    expect(cheerio.load(res.text)('form[action$="/return"]')).toHaveLength(0);
  });
});
