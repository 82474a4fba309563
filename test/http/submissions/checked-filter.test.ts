import request from 'supertest';
import * as cheerio from 'cheerio';
import { makeDocument, makeFact, makeService, makeSource } from '../../support/catalogue-factory';
import { createTestApp } from '../../support/test-app';

const checkedSource = [makeSource({ checkedOn: '2026-11-20' })];
const document = () =>
  makeDocument({
    services: [
      makeService({
        id: 'checked-one',
        exit: { exportFormats: makeFact(['CSV'], { sources: checkedSource }) },
      }),
      // Decoy: the same fact, but its source was never checked by the marketplace.
      makeService({ id: 'unchecked-one', exit: { exportFormats: makeFact(['CSV']) } }),
    ],
  });

describe('only facts checked by the marketplace', () => {
  it('assesses levels on checked sources only with checked=true, in the API and the list', async () => {
    const { app } = await createTestApp({ document: document(), assessedOn: '2026-11-28' });
    const levels = async (query: string) => {
      const res = await request(app).get(`/api/v1/services?perPage=100${query}`).expect(200);
      const items = (res.body as { items: { id: string; sovereignty: { openness: number } }[] }).items;
      return Object.fromEntries(items.map((i) => [i.id, i.sovereignty.openness]));
    };
    expect(await levels('')).toEqual({ 'checked-one': 1, 'unchecked-one': 1 });
    expect(await levels('&checked=true')).toEqual({ 'checked-one': 1, 'unchecked-one': 0 });
    await request(app).get('/api/v1/services?checked=yes').expect(400);

    const page = cheerio.load((await request(app).get('/services?checked=true').expect(200)).text);
    expect(page('#list-checked').attr('checked')).toBeDefined();
  });

  it('says on the service page which facts the marketplace checked, and when', async () => {
    const { app } = await createTestApp({ document: document(), assessedOn: '2026-11-28' });
    const checked = cheerio.load((await request(app).get('/services/checked-one').expect(200)).text);
    const fact = checked('[data-test=fact][data-path="exit.exportFormats"] [data-test=fact-provenance]');
    expect(fact.attr('data-checked')).toBe('true');
    expect(fact.text()).toBe('gecontroleerd door de marktplaats op 20 november 2026');
    const decoy = cheerio.load((await request(app).get('/services/unchecked-one').expect(200)).text);
    expect(
      decoy('[data-test=fact][data-path="exit.exportFormats"] [data-test=fact-provenance]').attr(
        'data-checked',
      ),
    ).toBe('false');
  });
});
