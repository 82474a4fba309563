import type { ReadModel, ServiceEntry } from '../catalogue/read-model';

/**
 * The fields of the search index and their boosts (name ≫ summary ≫ body). Each field holds the
 * exact text a page can show, so lunr's match positions can be used to highlight it.
 */
export const SEARCH_FIELDS = {
  name: 12,
  provider: 6,
  replaces: 5,
  summaryNl: 4,
  summaryEn: 4,
  taxonomy: 3,
  evidence: 2,
  descriptionNl: 1,
  descriptionEn: 1,
} as const;

export type SearchField = keyof typeof SEARCH_FIELDS;
export const SEARCH_FIELD_NAMES = Object.keys(SEARCH_FIELDS) as SearchField[];

export type SearchDocument = { id: string } & Record<SearchField, string>;

/** Scheme ids as people type them ("ISO 27001", "Gaia-X", "EU Cloud CoC") next to the id itself. */
const SCHEME_SPELLINGS: Record<string, string> = {
  GaiaX: 'Gaia-X',
  EUCloudCoC: 'EU Cloud CoC',
  CSASTAR: 'CSA STAR',
  SecNumCloud: 'SecNumCloud',
};

function schemeSpellings(scheme: string): string {
  const split = scheme.replace(/([A-Za-z])(\d)/g, '$1 $2');
  const extra = SCHEME_SPELLINGS[scheme] ?? split;
  return extra === scheme ? scheme : `${scheme} ${extra}`;
}

const LINE = '\n';

/** The text of each field for one service; `fieldText` gives the same text for highlighting. */
export function searchDocument(entry: ServiceEntry, model: ReadModel): SearchDocument {
  const { service, provider } = entry;
  const capabilities = (service.capabilities ?? [])
    .map((id) => model.capabilities.get(id))
    .filter((c) => c !== undefined);
  const categories = service.categories.map((id) => model.categories.get(id)).filter((c) => c !== undefined);
  const taxonomy = [...categories, ...capabilities].flatMap((c) => [c.name.nl, c.name.en ?? '']);
  const schemes = [...new Set((service.evidence ?? []).map((e) => e.scheme))];
  return {
    id: service.id,
    name: service.name,
    provider: unique([provider.name, provider.legalName ?? '']).join(LINE),
    replaces: unique(capabilities.flatMap((c) => c.replaces ?? [])).join(LINE),
    summaryNl: service.summary.nl,
    summaryEn: service.summary.en ?? '',
    taxonomy: unique(taxonomy).join(LINE),
    evidence: [...schemes.map(schemeSpellings), ...(service.exit?.openStandards?.value ?? [])].join(LINE),
    descriptionNl: service.description?.nl ?? '',
    descriptionEn: service.description?.en ?? '',
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
