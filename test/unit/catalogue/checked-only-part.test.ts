import { generateCatalogue } from '../../../scripts/generate-catalogue';
import { prng } from '../../../scripts/prng';
import type { CatalogueDocument, Source } from '../../../src/domain/catalogue.types';
import { checkedOnlyReadModelOf } from '../../../src/domain/catalogue/checked-only-part';
import { buildCheckedOnlyReadModel, buildReadModel } from '../../../src/domain/catalogue/read-model';

const DATE = '2026-11-28';

/** Marks about half of all sources checked (before the date), so the two views differ widely. */
function checkSomeSources(doc: CatalogueDocument, seed: number): CatalogueDocument {
  const random = prng(seed);
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] =
        key === 'sources' && Array.isArray(child)
          ? (child as Source[]).map((s) => (random() < 0.5 ? { ...s, checkedOn: '2026-11-01' } : s))
          : visit(child);
    }
    return out;
  };
  return { ...doc, providers: visit(doc.providers), services: visit(doc.services) } as CatalogueDocument;
}

describe('the checked-only view of a few services', () => {
  const doc = checkSomeSources(generateCatalogue(1500, 7, 'marketplace'), 11);
  const model = buildReadModel(doc, DATE, 1);
  const full = buildCheckedOnlyReadModel(doc, DATE, 1);

  it('assesses each service exactly as the checked-only view of the whole catalogue does', () => {
    for (const entry of model.services) {
      const id = entry.service.id;
      const part = checkedOnlyReadModelOf(model, [id]);
      expect(part.serviceById.get(id)?.assessment).toEqual(full.serviceById.get(id)?.assessment);
    }
  });

  it('follows runsOn, so a supply-chain cap in the checked-only view is kept', () => {
    const capped = full.services.filter(
      (e) => e.assessment.dimensions.jurisdiction.cappedBy ?? e.assessment.dimensions.data.cappedBy,
    );
    // The generated catalogue has runsOn links; some of them must bind in this view for the test to mean anything.
    expect(capped.length).toBeGreaterThan(0);
    const ids = capped.slice(0, 20).map((e) => e.service.id);
    const part = checkedOnlyReadModelOf(model, ids);
    for (const id of ids) {
      expect(part.serviceById.get(id)?.assessment).toEqual(full.serviceById.get(id)?.assessment);
    }
    expect(part.services.length).toBeLessThan(model.services.length);
  });

  it('leaves unknown ids out and shows the original service, not the checked-only copy', () => {
    const id = model.services[0].service.id;
    const part = checkedOnlyReadModelOf(model, [id, 'no-such-service']);
    expect(part.serviceById.has('no-such-service')).toBe(false);
    expect(part.serviceById.get(id)?.service).toBe(model.serviceById.get(id)?.service);
  });
});
