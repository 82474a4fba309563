import * as cheerio from 'cheerio';
import request from 'supertest';
import { EVIDENCE_SCHEMES } from '../../../src/domain/catalogue.types';
import { formatDate } from '../../../src/presenters/facts/fact.presenter';
import { schemeName } from '../../../src/presenters/facts/scheme-name.presenter';
import { translator } from '../../../src/i18n/i18n';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

/** Visible text of a page, without scripts and attributes (ids may stay in data attributes). */
const visibleText = (html: string): string => {
  const $ = cheerio.load(html);
  $('script,style').remove();
  return $('body').text().replace(/\s+/g, ' ');
};

describe('scheme names', () => {
  it('gives every scheme of the catalogue format a name in both languages, and an unknown id as it is', () => {
    for (const lang of ['nl', 'en'] as const) {
      const t = translator(lang);
      for (const scheme of EVIDENCE_SCHEMES) expect(schemeName(scheme, t)).not.toMatch(/^filters\./);
    }
    const t = translator('nl');
    expect(schemeName('EUCloudCoC', t)).toBe('EU Cloud Code of Conduct');
    expect(schemeName('ISO27001', t)).toBe('ISO 27001');
    expect(schemeName('NotAScheme', t)).toBe('NotAScheme');
  });
});

describe('pages name schemes as people write them, not by their catalogue id', () => {
  let app: TestApp['app'];
  const doc = referenceCatalogue();
  const withIso = doc.services.find((s) =>
    (s.evidence ?? []).some((e) => e.scheme === 'ISO27001' && e.sources?.length),
  );

  beforeAll(async () => {
    ({ app } = await createTestApp({ document: doc }));
  });

  it.each(['nl', 'en'])('service page evidence table and sovereignty reasons (%s)', async (lang) => {
    expect(withIso).toBeDefined();
    const res = await request(app).get(`/services/${withIso?.id}`).set('Cookie', `lang=${lang}`).expect(200);
    const $ = cheerio.load(res.text);
    const row = $('[data-test=evidence-row][data-scheme=ISO27001]');
    expect(row.find('th').text()).toContain('ISO 27001');
    expect(visibleText(res.text)).not.toMatch(/\bISO27001\b/);
  });

  it('broker form labels and failed must-haves', async () => {
    const res = await request(app).get('/broker?profile=internal&cert=EUCloudCoC').expect(200);
    const $ = cheerio.load(res.text);
    const option = $('[data-test=cert-option][data-value=EUCloudCoC]');
    expect(option.find('label').text()).toBe('EU Cloud Code of Conduct');
    expect(option.find('input').attr('value')).toBe('EUCloudCoC');
    expect(visibleText(res.text)).not.toMatch(/\bEUCloudCoC\b/);
  });

  it('writes the expiry date of evidence in a reason as a date, not as YYYY-MM-DD', async () => {
    const expired = doc.services
      .flatMap((s) => (s.evidence ?? []).map((e) => ({ service: s.id, e })))
      .find(({ e }) => e.scheme === 'EUCloudCoC' && e.validUntil && e.validUntil < '2026-11-28');
    expect(expired).toBeDefined();
    const res = await request(app).get('/broker?profile=internal&cert=EUCloudCoC').expect(200);
    const text = visibleText(res.text);
    const until = expired?.e.validUntil as string;
    expect(text).toContain(`verlopen op ${formatDate(until, 'nl')}`);
    expect(text).not.toContain(until);
  });
});
