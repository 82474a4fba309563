import type { LocalizedText } from '../domain/catalogue.types';

/** Rows of the catalogue tables (migrations/); dates are 'YYYY-MM-DD' strings on both databases. */
export interface CatalogueMetaRow {
  id: 1;
  schema_version: number;
  title: string | null;
  published_on: string | null;
  imported_at: Date;
  generation: number;
  origin: 'reference' | 'import' | null;
  reference_hash: string | null;
  modified_at: Date | null;
  modified_by: string | null;
}

export interface CategoryRow {
  id: string;
  position: number;
  lot: string;
  name: LocalizedText;
  description: LocalizedText | null;
}

export interface CapabilityRow {
  id: string;
  position: number;
  name: LocalizedText;
}

export interface CapabilityReplacementRow {
  capability_id: string;
  position: number;
  name: string;
}

export interface ProviderRow {
  id: string;
  position: number;
  name: string;
  legal_name: string | null;
  type: string;
  hq_country: string;
  ultimate_parent_name: string | null;
  ultimate_parent_country: string | null;
  website: string | null;
  description: LocalizedText | null;
}

export interface ServiceRow {
  id: string;
  position: number;
  provider_id: string;
  name: string;
  summary: LocalizedText;
  description: LocalizedText | null;
  website: string | null;
  service_model: string;
  deployment: string[] | null;
  notes: LocalizedText | null;
}

export interface ServiceLinkRow {
  service_id: string;
  position: number;
}

export interface ServiceCategoryRow extends ServiceLinkRow {
  category_id: string;
}

export interface ServiceCapabilityRow extends ServiceLinkRow {
  capability_id: string;
}

export interface ServiceRunsOnRow extends ServiceLinkRow {
  runs_on_id: string;
}

export interface EvidenceRow {
  id: number;
  service_id: string;
  position: number;
  scheme: string;
  level: string | null;
  status: string | null;
  version: string | null;
  scope: string | null;
  covers_service: boolean | null;
  issuer: string | null;
  reference: string | null;
  valid_until: string | null;
}

export interface FactRow {
  id: number;
  provider_id: string | null;
  service_id: string | null;
  /** Path of the fact in its subject, e.g. `control` or `contract.noticePeriodDays`. */
  path: string;
  value: unknown;
  note: string | null;
}

export interface SourceRow {
  id: number;
  fact_id: number | null;
  evidence_id: number | null;
  position: number;
  url: string;
  kind: string | null;
  title: string | null;
  retrieved_on: string | null;
  checked_on: string | null;
  note: string | null;
}

export interface CatalogueChangeRow {
  id: number;
  recorded_at: Date;
  cause: string;
  actor: string | null;
  generation: number;
  assessed_on: string;
  previous_assessed_on: string | null;
  item_count: number;
}

export interface CatalogueChangeItemRow {
  id: number;
  change_id: number;
  subject_kind: string;
  subject_id: string;
  provider_id: string;
  name: string;
  kind: string;
  tokens: string[];
  detail: unknown;
}

/** The history's tables (issue 16), which imports and approvals append to. */
export interface HistoryTables {
  catalogue_changes: CatalogueChangeRow;
  catalogue_change_items: CatalogueChangeItemRow;
}

/** The catalogue's tables, which an import replaces (other areas declare their own tables). */
export interface CatalogueTables {
  catalogue_meta: CatalogueMetaRow;
  categories: CategoryRow;
  capabilities: CapabilityRow;
  capability_replacements: CapabilityReplacementRow;
  providers: ProviderRow;
  services: ServiceRow;
  service_categories: ServiceCategoryRow;
  service_capabilities: ServiceCapabilityRow;
  service_runs_on: ServiceRunsOnRow;
  evidence: EvidenceRow;
  facts: FactRow;
  sources: SourceRow;
}

declare module 'knex/types/tables' {
  interface Tables extends CatalogueTables, HistoryTables {}
}
