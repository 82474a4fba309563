import * as cheerio from 'cheerio';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import {
  makeDocument,
  makeFact,
  makeProvider,
  makeService,
  makeSource,
  makeUnsourcedFact,
} from '../../support/catalogue-factory';
import { createTestApp, type TestApp } from '../../support/test-app';

/** 17 contract terms and 29 facts per service (28 in the service groups + the provider's control). */
const CONTRACT_TERMS = 17;
const FACTS = 29;

/**
 * Three providers with services: 'bare' knows nothing about its one service; 'some' has a sourced
 * control fact and two services with three contract terms between them (one without a source, one
 * with a secondary source); 'rich' knows five contract terms and the data location. 'idle' has no
 * services and is not listed.
 */
function completenessDocument(): CatalogueDocument {
  const secondary = { sources: [makeSource({ kind: 'secondary' })] };
  return makeDocument({
    providers: [
      makeProvider({ id: 'some', name: 'Some', control: makeFact('eea-controlled' as const) }),
      makeProvider({ id: 'bare', name: 'Bare' }),
      makeProvider({ id: 'rich', name: 'Rich' }),
      makeProvider({ id: 'idle', name: 'Idle' }),
    ],
    services: [
      makeService({ id: 'bare-1', providerId: 'bare' }),
      makeService({
        id: 'some-1',
        providerId: 'some',
        contract: { noticePeriodDays: makeFact(30), minimumTermMonths: makeUnsourcedFact(1) },
      }),
      makeService({
        id: 'some-2',
        providerId: 'some',
        contract: { governingLaw: makeFact('NL', secondary) },
      }),
      makeService({
        id: 'rich-1',
        providerId: 'rich',
        data: { locations: makeFact(['NL']) },
        contract: {
          slaAvailabilityPct: makeFact(99.9),
          noticePeriodDays: makeFact(30),
          minimumTermMonths: makeFact(1),
          governingLaw: makeFact('NL'),
          dpaAvailable: makeFact(true),
        },
      }),
    ],
  });
}

describe('facts known, and the completeness of the catalogue per provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ document: completenessDocument() });
  });

  it('lists providers with services, fewest known contract terms first, with counts and shares', async () => {
    const res = await request(t.app).get('/completeness?lang=en').expect(200);
    const $ = cheerio.load(res.text);
    const rows = $('[data-test=completeness-row]');
    expect(rows.map((_i, el) => $(el).attr('data-provider-id')).get()).toEqual(['bare', 'some', 'rich']);
    const some = rows.eq(1);
    expect(some.find('td').eq(0).text()).toBe('2');
    expect(some.find('[data-test=contract]').text()).toBe(`9% (3 of ${2 * CONTRACT_TERMS})`);
    // Known: control twice + 3 terms; with a primary source: control twice + the notice period.
    expect(some.find('[data-test=facts]').text()).toContain(`(5 of ${2 * FACTS})`);
    expect(some.find('[data-test=primary]').text()).toContain(`(3 of ${2 * FACTS})`);
    expect(rows.eq(2).find('[data-test=contract]').text()).toBe(`29% (5 of ${CONTRACT_TERMS})`);
    expect($('[data-test=sort-current]').text()).toBe('contract terms');
  });

  it('sorts by name or by facts on request, and rejects an unknown order with a 400 naming the parameter', async () => {
    const byName = cheerio.load((await request(t.app).get('/completeness?sort=name').expect(200)).text);
    expect(
      byName('[data-test=completeness-row]')
        .map((_i, el) => byName(el).attr('data-provider-id'))
        .get(),
    ).toEqual(['bare', 'rich', 'some']);
    const byFacts = cheerio.load((await request(t.app).get('/completeness?sort=facts').expect(200)).text);
    expect(byFacts('[data-test=completeness-row]').first().attr('data-provider-id')).toBe('bare');
    const bad = cheerio.load((await request(t.app).get('/completeness?sort=size').expect(400)).text);
    expect(bad('[data-test=problem]').attr('data-parameter')).toBe('sort');
    await request(t.app).get('/completeness.csv?sort=name&sort=facts').expect(400);
  });

  it('downloads the same table as CSV', async () => {
    const res = await request(t.app).get('/completeness.csv?lang=en').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('contract terms known');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['bare', 'some', 'rich']);
    expect(lines[2]).toBe(`some,Some,2,3,${2 * CONTRACT_TERMS},5,${2 * FACTS},3`);
  });

  it('shows on the service page how complete the record is, and names unknown facts per group in one line', async () => {
    const $ = cheerio.load((await request(t.app).get('/services/some-1').expect(200)).text);
    const completeness = $('[data-test=completeness]');
    expect(completeness.text()).toContain(`3 van ${FACTS} feiten bekend, 2 met een primaire bron.`);
    expect(completeness.find('a').attr('href')).toBe('/completeness');
    // Known facts are rows; the unknown ones of the group are one line, in the group's order.
    expect(
      $('[data-test=facts-contract] [data-test=fact]')
        .map((_i, el) => $(el).attr('data-path'))
        .get(),
    ).toEqual(['contract.minimumTermMonths', 'contract.noticePeriodDays']);
    const line = $('[data-test=unknown-facts][data-group=contract]');
    expect(line.attr('data-paths')?.split(' ')).toHaveLength(CONTRACT_TERMS - 2);
    expect(line.text()).toMatch(
      /^Niet in de catalogus: beschikbaarheid \(SLA\), .*— vraag het de aanbieder\.$/,
    );
    // A group with nothing known has no list at all, only the line.
    expect($('[data-test=facts-environment]')).toHaveLength(0);
    expect($('[data-test=unknown-facts][data-group=environment]').attr('data-paths')).toBe(
      'environment.renewableEnergyPct environment.pue',
    );
    expect($('[data-test=completeness-link]').attr('href')).toBe('/completeness');
  });

  it('names no unknown facts when a group is complete', async () => {
    const $ = cheerio.load((await request(t.app).get('/services/rich-1?lang=en').expect(200)).text);
    expect($('[data-test=unknown-facts][data-group=data]').attr('data-paths')).toBe(
      'data.contractualEeaOnly data.supportAccessInEea data.keyCustody',
    );
    expect($('[data-test=completeness]').text()).toContain(
      `6 of ${FACTS} facts known, 6 with a primary source.`,
    );
  });
});
