import * as cheerio from 'cheerio';
import request from 'supertest';
import { makeService } from '../../support/catalogue-factory';
import { createTestApp } from '../../support/test-app';
import { historyDocument, levelTwoService } from '../../unit/history/history-fixtures';

/** mail-nl's ISO 27001 is valid until 2027-01-31, its only counting certificate; the decoy has none. */
const document = () =>
  historyDocument([levelTwoService(), makeService({ id: 'decoy', name: 'Decoy', categories: ['email'] })]);

const page = async (app: Parameters<typeof request>[0], url: string) =>
  cheerio.load((await request(app).get(url).expect(200)).text);
const texts = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();

describe('forecast of expiring evidence on the pages', () => {
  it('the service page says when its certificate expires and what its level will then be', async () => {
    const { app } = await createTestApp({ document: document(), assessedOn: '2026-12-15' });
    expect(texts(await page(app, '/services/mail-nl?lang=en'), '[data-test="upcoming-expiry"] li')).toEqual([
      'ISO 27001 expires on 31 January 2027 — the level will then drop from 2 to 1.',
    ]);
    expect(texts(await page(app, '/services/mail-nl'), '[data-test="upcoming-expiry"] li')).toEqual([
      'ISO 27001 verloopt op 31 januari 2027 — het niveau daalt dan van 2 naar 1.',
    ]);
    expect((await page(app, '/services/decoy'))('[data-test="upcoming-expiry"]').length).toBe(0);
  });

  it('/changes/upcoming lists the expiry on the day it stops counting, within the window only', async () => {
    const { app } = await createTestApp({ document: document(), assessedOn: '2026-12-15' });
    const $ = await page(app, '/changes/upcoming');
    expect($('[data-test="upcoming-group"]').attr('data-on')).toBe('2027-02-01');
    expect(
      $('[data-test="upcoming-item"]')
        .map((_, el) => $(el).attr('data-service-id'))
        .get(),
    ).toEqual(['mail-nl']);
    expect($('[data-test="upcoming-item"]').attr('data-drops')).toBe('true');
    // 2026-12-15 + 30 days does not reach 2027-02-01.
    const near = await page(app, '/changes/upcoming?days=30');
    expect(near('[data-test="upcoming-item"]').length).toBe(0);
    expect(near('[data-test="no-upcoming"]').length).toBe(1);
    await request(app).get('/changes/upcoming?days=0').expect(400);
    // On the day itself the drop has happened: nothing is forecast any more.
    const { app: later } = await createTestApp({ document: document(), assessedOn: '2027-02-01' });
    expect((await page(later, '/changes/upcoming'))('[data-test="upcoming-item"]').length).toBe(0);
    expect((await page(later, '/services/mail-nl'))('[data-test="upcoming-expiry"]').length).toBe(0);
  });
});
