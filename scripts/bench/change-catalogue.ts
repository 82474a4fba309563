import type { CatalogueDocument, Service } from '../../src/domain/catalogue.types';

/** The kinds of edit a later import makes to a service, in turn. */
const EDITS: ((service: Service) => void)[] = [
  (s) => {
    const sla = s.contract?.slaAvailabilityPct;
    if (sla) sla.value = sla.value === 99.95 ? 99.9 : 99.95;
  },
  (s) => {
    if (s.evidence?.length) s.evidence = s.evidence.slice(1);
    else
      s.evidence = [
        {
          scheme: 'ISO27001',
          status: 'certified',
          coversService: true,
          sources: [{ url: 'https://example.org/new-cert' }],
        },
      ];
  },
  (s) => {
    s.contract = {
      ...s.contract,
      noticePeriodDays: { value: 45, sources: [{ url: 'https://example.org/notice' }] },
    };
  },
  (s) => {
    s.name = `${s.name} (renamed)`;
  },
];

/**
 * A copy of `doc` with `fraction` of its services edited (every 1/fraction-th service, one edit
 * each, the kinds in turn): what a periodic re-import of a large catalogue looks like.
 * Returns the copy and how many services were edited.
 */
export function changeCatalogue(
  doc: CatalogueDocument,
  fraction: number,
): { document: CatalogueDocument; edited: number } {
  const copy = structuredClone(doc);
  const step = Math.max(1, Math.round(1 / fraction));
  let edited = 0;
  for (let i = 0; i < copy.services.length; i += step) {
    EDITS[edited % EDITS.length](copy.services[i]);
    edited++;
  }
  return { document: copy, edited };
}
