import * as cheerio from 'cheerio';
import request from 'supertest';
import type { Service } from '../../../src/domain/catalogue.types';
import { createTestApp, type TestApp } from '../../support/test-app';
import { ASSESSED_ON, document, provider, service } from '../../unit/search/search.factories';

const SERVICES: Service[] = [
  service('object-store', {
    name: 'Objectbox',
    summary: {
      nl: 'Schaalbare opslagdiensten voor objecten in Nederlandse datacenters.',
      en: 'Scalable object storage in Dutch data centres.',
    },
    categories: ['storage'],
  }),
  service('file-sync', {
    name: 'Syncbox',
    summary: { nl: 'Bestandsopslag en delen met collega’s.', en: 'Sharing files with colleagues.' },
    categories: ['collaboration'],
    capabilities: ['file-storage'],
    serviceModel: 'saas',
  }),
  service('chat-saas', {
    name: 'Praatpaal',
    summary: { nl: 'Versleutelde chat voor teams binnen de overheid.' },
    categories: ['collaboration'],
    capabilities: ['chat'],
    serviceModel: 'saas',
  }),
  service('chat-selfhost', {
    name: 'Babbelbox',
    summary: { nl: 'Chatserver om zelf te hosten.' },
    categories: ['collaboration'],
    capabilities: ['chat'],
    serviceModel: 'software',
  }),
  // Decoy for exclusions: a Microsoft product in the same category.
  service('ms-suite', {
    providerId: 'microsoft',
    name: 'Microsoft 365',
    summary: {
      nl: 'Kantoorsoftware met chat van Microsoft.',
      en: 'Office software with chat from Microsoft.',
    },
    categories: ['collaboration'],
    serviceModel: 'saas',
  }),
  // Markup in catalogue text must never reach the page as markup.
  service('evil', {
    name: '<script>alert("naam")</script> Kwaadbox',
    summary: { nl: 'Kwaadbox <img src=x onerror=alert(1)> doet <b>vet</b> niets.' },
  }),
];

describe('search on the list pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      document: document(SERVICES, [provider('acme', 'Acme Cloud'), provider('microsoft', 'Microsoft')]),
      assessedOn: ASSESSED_ON,
    });
  });

  async function page(url: string, status = 200) {
    const res = await request(t.app).get(url).expect(status);
    return { $: cheerio.load(res.text), html: res.text };
  }

  const cardIds = ($: cheerio.CheerioAPI): string[] =>
    $('[data-test=service-card]')
      .map((_i, el) => $(el).attr('data-id'))
      .get();

  const sorted = (ids: string[]): string[] => [...ids].sort();

  it('finds Dutch words by stem and compound part, marks them, and names the words in the summary', async () => {
    const { $ } = await page('/services?q=opslagdienst');
    expect(cardIds($)).toEqual(['object-store']);
    expect($('[data-test=summary]').text()).toContain('opslagdienst');
    expect($('[data-test=card-summary] mark').first().text()).toBe('opslagdiensten');

    const compound = await page('/services?q=opslag');
    expect(sorted(cardIds(compound.$))).toEqual(['file-sync', 'object-store']);
  });

  it('finds English words and shows the English text on the English page', async () => {
    const { $ } = await page('/services?q=colleague&lang=en');
    expect(cardIds($)).toEqual(['file-sync']);
    expect($('[data-test=card-summary]').text()).toBe('Sharing files with colleagues.');
    expect($('[data-test=card-summary] mark').text()).toBe('colleagues');
  });

  it('still finds a word with a typo', async () => {
    const { $ } = await page('/services?q=versleutlde');
    expect(cardIds($)).toEqual(['chat-saas']);
  });

  it('finds the replacement of a Microsoft product and says what it replaces', async () => {
    const { $ } = await page('/services?q=Teams');
    expect(sorted(cardIds($))).toEqual(['chat-saas', 'chat-selfhost']);
    const replaces = $('[data-id=chat-selfhost] [data-test=card-replaces]').text();
    expect(replaces).toBe('Alternatief voor Microsoft Teams (chat)');
  });

  it('excludes services with a -word', async () => {
    const withAll = await page('/services?q=chat');
    expect(sorted(cardIds(withAll.$))).toEqual(['chat-saas', 'chat-selfhost', 'ms-suite']);
    const { $ } = await page('/services?q=chat+-microsoft');
    expect(sorted(cardIds($))).toEqual(['chat-saas', 'chat-selfhost']);
  });

  it('combines search with filters, and the facet counts reflect both', async () => {
    const { $ } = await page('/services?q=chat&model=saas');
    expect(sorted(cardIds($))).toEqual(['chat-saas', 'ms-suite']);
    const count = (facet: string, value: string): string =>
      $(
        `[data-test=facet][data-facet=${facet}] [data-test=facet-option][data-value=${value}] [data-test=facet-count]`,
      )
        .text()
        .replace(/[()]/g, '');
    // Independent count: services with "chat", per model, leaving out the model facet's own choice.
    expect([count('model', 'saas'), count('model', 'software'), count('model', 'iaas')]).toEqual([
      '2',
      '1',
      '0',
    ]);
    // Another facet counts within the current selection (chat and saas): both from market providers.
    expect(count('providerType', 'market')).toBe('2');
  });

  it('orders by relevance: a match in the name before a match in the text', async () => {
    const { $ } = await page('/services?q=praatpaal+chat');
    expect(cardIds($)[0]).toBe('chat-saas');
  });

  it('highlights without letting catalogue text inject HTML', async () => {
    const { $, html } = await page('/services?q=kwaadbox');
    expect(cardIds($)).toEqual(['evil']);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>vet</b>');
    expect(html).toContain('&lt;script&gt;alert(&#34;naam&#34;)&lt;/script&gt;');
    const card = $('[data-id=evil]');
    expect(card.find('script, img, b').length).toBe(0);
    expect(card.find('[data-test=service-link] mark').text()).toBe('Kwaadbox');
    expect(card.find('[data-test=service-link]').text()).toBe('<script>alert("naam")</script> Kwaadbox');
  });

  it('answers a query lunr cannot parse with a friendly message and the list without the words', async () => {
    const { $ } = await page('/services?q=chat+%2B');
    expect($('[data-test=search-error]').text()).toContain('De zoekopdracht kon niet worden uitgevoerd');
    expect(cardIds($)).toHaveLength(SERVICES.length);
  });

  it('answers a query with too many words with a friendly message', async () => {
    const words = Array.from({ length: 21 }, (_v, i) => `w${i}`).join(' ');
    const { $ } = await page(`/services?q=${encodeURIComponent(words)}`);
    expect($('[data-test=search-error]').text()).toContain('hoogstens 20 woorden');
  });

  it('answers an absurdly long query with a 400 page naming the parameter', async () => {
    const { $ } = await page(`/services?q=${'a'.repeat(201)}`, 400);
    expect($('[data-test=problem]').attr('data-parameter')).toBe('q');
  });

  it('says when no service has all the words, and shows those with some', async () => {
    const { $ } = await page('/services?q=syncbox+praatpaal');
    expect(sorted(cardIds($))).toEqual(['chat-saas', 'file-sync']);
    expect($('[data-test=search-note]').text()).toContain('Geen dienst bevat al deze woorden');
  });

  it('offers to drop the filters that exclude everything when nothing matches', async () => {
    const { $ } = await page('/services?q=chat&model=iaas');
    expect(cardIds($)).toEqual([]);
    expect($('[data-test=relaxations-intro]').text()).toBe('Probeer het zo:');
    const offers = $('[data-test=relaxations] a')
      .map((_i, a) => [[$(a).text(), $(a).attr('href')]])
      .get();
    expect(offers).toEqual([
      ['zonder „Infrastructuur (IaaS)” (3 diensten)', '/services?q=chat'],
      ['zonder zoekwoorden (2 diensten)', '/services?model=iaas'],
    ]);
  });
});

describe('search in the reference catalogue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  async function ids(q: string): Promise<string[]> {
    const res = await request(t.app)
      .get(`/services?perPage=100&q=${encodeURIComponent(q)}`)
      .expect(200);
    const $ = cheerio.load(res.text);
    return $('[data-test=service-card]')
      .map((_i, el) => $(el).attr('data-id'))
      .get();
  }

  it('finds the services whose capabilities replace Teams, Outlook and SharePoint', async () => {
    const teams = await ids('Teams');
    expect(teams).toEqual(
      expect.arrayContaining(['element-matrix', 'jitsi-meet-selfhosted', 'la-suite-meet']),
    );
    expect(await ids('Outlook')).toEqual(expect.arrayContaining(['ox-app-suite', 'tuta-mail']));
    expect(await ids('SharePoint')).toEqual(expect.arrayContaining(['xwiki', 'nextcloud-hub']));
    // Decoy: plain infrastructure replaces no Microsoft product.
    expect(teams).not.toContain('hetzner-cloud');
  });

  it('finds SecNumCloud offers and drops a provider with -word', async () => {
    const all = await ids('secnumcloud');
    expect(all).toEqual(expect.arrayContaining(['ovhcloud-hpc-vmware-secnumcloud', 's3ns-premi3ns']));
    const withoutOvh = await ids('secnumcloud -ovhcloud');
    expect(withoutOvh).toContain('s3ns-premi3ns');
    expect(withoutOvh.filter((id) => id.startsWith('ovhcloud'))).toEqual([]);
  });
});
