import { localized, type Lang, type Translate } from '../../i18n/i18n';
import { countryName, factAt, presentFact } from '../facts/fact.presenter';
import type { FactFormat } from '../facts/fact-definitions';
import { SERVICE_FACT_DEFINITIONS } from '../facts/fact-definitions';
import { counts } from '../../domain/sovereignty/evidence';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';

export interface CsvContext {
  model: ReadModel;
  t: Translate;
  lang: Lang;
  /** Absolute base of service links, e.g. https://cloudmarkt.example (no trailing slash). */
  publicBaseUrl: string;
}

export interface CsvColumn {
  header: (c: CsvContext) => string;
  value: (entry: ServiceEntry, c: CsvContext) => string;
}

/** The compliance and contract facts a buyer compares first (paths as in SERVICE_FACT_DEFINITIONS). */
const KEY_FACTS = [
  'openSource',
  'data.locations',
  'data.contractualEeaOnly',
  'data.supportAccessInEea',
  'data.keyCustody',
  'exit.dataActSwitching',
  'contract.slaAvailabilityPct',
  'contract.minimumTermMonths',
  'contract.noticePeriodDays',
  'contract.priceModel',
  'contract.switchingCharges',
  'contract.dataRetrievalDays',
  'contract.governingLaw',
  'contract.dpaAvailable',
  'contract.frameworkAgreements',
];

const FORMATS = new Map<string, FactFormat>(
  SERVICE_FACT_DEFINITIONS.flatMap((g) => g.facts.map((f) => [f.path, f.format] as const)),
);

const plain = (key: string, value: CsvColumn['value']): CsvColumn => ({
  header: (c) => c.t(`api.csv.columns.${key}`),
  value,
});

/** A fact: its value; marked when it has no source (it then never raised a level); empty when absent. */
function factColumn(path: string): CsvColumn {
  const format = FORMATS.get(path) ?? 'text';
  return {
    header: (c) => c.t(`facts.label.${path}`),
    value: (entry, c) => {
      const fact = presentFact(factAt(entry.service, path), path, format, c.t, c.lang);
      if (fact.state === 'unknown') return c.t('api.csv.unknown');
      return fact.state === 'unverified' ? c.t('api.csv.unverified', { value: fact.value }) : fact.value;
    },
  };
}

/** The columns of a result-list CSV, in order. */
export const CSV_COLUMNS: CsvColumn[] = [
  plain('id', (e) => e.service.id),
  plain('name', (e) => e.service.name),
  plain('provider', (e) => e.provider.name),
  plain('providerCountry', (e, c) => countryName(e.provider.hqCountry, c.lang)),
  plain('serviceModel', (e, c) => c.t(`facts.enum.serviceModel.${e.service.serviceModel}`)),
  plain('categories', (e, c) =>
    e.service.categories
      .map((id) => {
        const category = c.model.categories.get(id);
        return category ? localized(category.name, c.lang) : id;
      })
      .join('; '),
  ),
  plain('overall', (e) => String(e.assessment.overall)),
  ...DIMENSIONS.map((d) =>
    plain(d, (e, c) => {
      const assessed = e.assessment.dimensions[d];
      return assessed.applicable ? String(assessed.level) : c.t('api.csv.notApplicable');
    }),
  ),
  plain('limitedBy', (e, c) =>
    e.assessment.limitedBy.map((d) => c.t(`sovereignty.dimensions.${d}`)).join('; '),
  ),
  plain('certificates', (e, c) =>
    [
      ...new Set(
        (e.service.evidence ?? []).filter((ev) => counts(ev, c.model.assessedOn)).map((ev) => ev.scheme),
      ),
    ].join('; '),
  ),
  ...KEY_FACTS.map(factColumn),
  plain('url', (e, c) => `${c.publicBaseUrl}/services/${encodeURIComponent(e.service.id)}`),
];
