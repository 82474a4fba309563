import type { Knex } from 'knex';
import type { LocalizedText } from '../../domain/catalogue.types';
import type { CategoryRow, EvidenceRow, ProviderRow, ServiceRow } from '../../db/tables';

/** JSON of the sources of one owner, in document order, without absent fields. */
const sourcesJson = (ownerColumn: 'fact_id' | 'evidence_id', owner: string): string => `
  (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
      'url', s.url, 'kind', s.kind, 'title', s.title, 'retrievedOn', s.retrieved_on, 'note', s.note))
    order by s.position)
   from sources s where s.${ownerColumn} = ${owner})`;

const linkIds = (table: string, column: string): string =>
  `(select jsonb_agg(l.${column} order by l.position) from ${table} l where l.service_id = s.id)`;

export interface MetaRead {
  schema_version: number;
  title: string | null;
  published_on: string | null;
  generation: number;
}

export interface CapabilityRead {
  id: string;
  name: LocalizedText;
  replaces: string[] | null;
}

export interface ServiceRead extends ServiceRow {
  categories: string[];
  capabilities: string[] | null;
  runs_on: string[] | null;
}

export interface FactRead {
  provider_id: string | null;
  service_id: string | null;
  path: string;
  value: unknown;
  note: string | null;
  sources: Record<string, string>[] | null;
}

export interface EvidenceRead extends EvidenceRow {
  sources: Record<string, string>[] | null;
}

/** Every table of the catalogue read in document order: seven queries, whatever the size. */
export async function selectCatalogueRows(knex: Knex) {
  const meta = await knex('catalogue_meta').first<MetaRead | undefined>(
    'schema_version',
    'title',
    'published_on',
    'generation',
  );
  const categories = await knex('categories').orderBy('position').select<CategoryRow[]>('*');
  const capabilities = await knex
    .select<CapabilityRead[]>(
      'c.id',
      'c.name',
      knex.raw(
        '(select jsonb_agg(r.name order by r.position) from capability_replacements r where r.capability_id = c.id) as replaces',
      ),
    )
    .from('capabilities as c')
    .orderBy('c.position');
  const providers = await knex('providers').orderBy('position').select<ProviderRow[]>('*');
  const services = await knex
    .select<ServiceRead[]>(
      's.*',
      knex.raw(`${linkIds('service_categories', 'category_id')} as categories`),
      knex.raw(`${linkIds('service_capabilities', 'capability_id')} as capabilities`),
      knex.raw(`${linkIds('service_runs_on', 'runs_on_id')} as runs_on`),
    )
    .from('services as s')
    .orderBy('s.position');
  const facts = await knex
    .select<FactRead[]>(
      'f.provider_id',
      'f.service_id',
      'f.path',
      'f.value',
      'f.note',
      knex.raw(`${sourcesJson('fact_id', 'f.id')} as sources`),
    )
    .from('facts as f')
    .orderBy('f.id');
  const evidence = await knex
    .select<EvidenceRead[]>('e.*', knex.raw(`${sourcesJson('evidence_id', 'e.id')} as sources`))
    .from('evidence as e')
    .orderBy(['e.service_id', 'e.position']);
  return { meta, categories, capabilities, providers, services, facts, evidence };
}

export type CatalogueRowsRead = Awaited<ReturnType<typeof selectCatalogueRows>>;
