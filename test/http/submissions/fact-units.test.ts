import * as cheerio from 'cheerio';
import {
  createSupplySide,
  openDraft,
  post,
  revisionOf,
  saveSection,
  type SupplySide,
} from '../../support/supply-side';

/**
 * The section forms say what unit a fact's number is in, as the service page writes it ("99,95%",
 * "30 dagen", "12 maanden", "€ 4,50"), with a hint; a Dutch decimal comma is accepted; the source's
 * kind has a short label with the difference between primary and secondary as its hint.
 */
describe('units and hints on the section forms', () => {
  let s: SupplySide;
  beforeAll(async () => {
    s = await createSupplySide();
  });
  afterAll(() => s.close());

  /** Label, hint and unit of the input `name` on a page. */
  function field(html: string, name: string) {
    const $ = cheerio.load(html);
    const wrap = $(`[data-test=field][data-name="${name}"]`);
    const id = wrap.find('input, select, textarea').first().attr('id');
    return {
      label: wrap.find(`label[for="${id}"]`).text().trim(),
      hint: wrap.find(`#${id}-hint`).text().trim(),
      unit: wrap.find('[data-test=unit]').text().trim(),
      describedBy: $(`#${id}`).attr('aria-describedby') ?? '',
      value: $(`#${id}`).val(),
    };
  }

  it('labels each number with the unit the service page shows it in', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-cloud');
    const page = (await s.as.supplierA.agent.get(`/drafts/${id}/contract`).expect(200)).text;
    const sla = field(page, 'contract.slaAvailabilityPct.value');
    expect(sla).toMatchObject({ label: 'Waarde (%)', unit: '%', hint: expect.stringContaining('99,95') });
    expect(sla.describedBy).toContain('-hint');
    for (const days of ['noticePeriodDays', 'dataRetrievalDays', 'subprocessorNoticeDays']) {
      expect(field(page, `contract.${days}.value`)).toMatchObject({
        label: 'Waarde (dagen)',
        unit: 'dagen',
        hint: expect.stringContaining('dagen'),
      });
    }
    expect(field(page, 'contract.minimumTermMonths.value')).toMatchObject({
      label: 'Waarde (maanden)',
      unit: 'maanden',
    });
    // A fact that is no number has neither unit nor number hint.
    expect(field(page, 'contract.supportHours.value')).toMatchObject({ label: 'Waarde', unit: '', hint: '' });
    // The amount of a price is in its currency: none entered yet, so the hint says where it comes from.
    expect(field(page, 'contract.priceIndication.value.amount')).toMatchObject({
      label: 'Bedrag',
      unit: '',
      hint: expect.stringContaining('valuta'),
    });
    const environment = (await s.as.supplierA.agent.get(`/drafts/${id}/environment`).expect(200)).text;
    expect(field(environment, 'environment.renewableEnergyPct.value')).toMatchObject({ unit: '%' });
    expect(field(environment, 'environment.pue.value')).toMatchObject({
      label: 'Waarde',
      unit: '',
      hint: expect.stringContaining('1,25'),
    });
  });

  it('accepts a Dutch decimal comma, and shows the saved amount in its currency', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-files');
    await saveSection(s.as.supplierA, id, 'contract', {
      'contract.slaAvailabilityPct.value': '99,95',
      'contract.slaAvailabilityPct.sources.0.url': 'https://acme.example/sla',
      'contract.priceIndication.value.amount': '4,5',
      'contract.priceIndication.value.currency': 'EUR',
      'contract.priceIndication.value.unit': 'per gebruiker per maand',
    });
    const row = await s.t.db.knex('drafts').where({ id }).first();
    const contract = (row?.record as { contract: Record<string, { value: unknown }> }).contract;
    expect(contract.slaAvailabilityPct?.value).toBe(99.95);
    expect(contract.priceIndication?.value).toEqual({
      amount: 4.5,
      currency: 'EUR',
      unit: 'per gebruiker per maand',
    });
    // The draft shows the change as the service page will: the unit of the form after the number.
    const draft = cheerio.load((await s.as.supplierA.agent.get(`/drafts/${id}`).expect(200)).text);
    const after = draft('[data-key="contract.slaAvailabilityPct"] [data-test=after] strong').text();
    expect(after).toBe('99,95%');
    const page = (await s.as.supplierA.agent.get(`/drafts/${id}/contract`).expect(200)).text;
    expect(field(page, 'contract.priceIndication.value.amount')).toMatchObject({
      label: 'Bedrag (€)',
      unit: '€',
      value: '4.5',
    });
  });

  it('refuses a number with a thousands separator, saying how to write it, and keeps what was typed', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-mail');
    const revision = await revisionOf(s.as.supplierA, id, 'contract');
    const res = await post(s.as.supplierA, `/drafts/${id}/contract`, {
      revision,
      'contract.priceIndication.value.amount': '1.250,50',
      'contract.priceIndication.value.currency': 'EUR',
      'contract.priceIndication.value.unit': 'per maand',
    });
    expect(res.status).toBe(400);
    const $ = cheerio.load(res.text);
    const error = $('[data-name="contract.priceIndication.value.amount"] [data-test=field-error]').text();
    expect(error).toContain('zonder scheidingsteken voor duizendtallen');
    expect(error).toContain('99,95');
    expect(field(res.text, 'contract.priceIndication.value.amount')).toMatchObject({
      value: '1.250,50',
      unit: '€',
    });
    expect(await s.t.db.knex('drafts').where({ id }).first()).toMatchObject({ revision: Number(revision) });
  });

  it('gives the kind of a source a short label, with primary and secondary explained in the hint', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-backup');
    const page = (await s.as.supplierA.agent.get(`/drafts/${id}/contract`).expect(200)).text;
    const kind = field(page, 'contract.slaAvailabilityPct.sources.0.kind');
    expect(kind.label).toBe('Soort bron');
    expect(kind.hint).toBe(
      'Primair: de aanbieder, de toezichthouder, de eigenaar van de norm of het project zelf. Secundair: pers, een catalogus van derden of een analist.',
    );
    expect(kind.describedBy).toContain('-hint');
  });
});
