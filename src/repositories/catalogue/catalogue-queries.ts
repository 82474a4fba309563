import type { Knex } from 'knex';
import type { LocalizedText } from '../../domain/catalogue.types';
import type { CategoryRow, EvidenceRow, ProviderRow, ServiceRow } from '../../db/tables';

const SOURCE_JSON = `json_strip_nulls(json_build_object(
  'url', s.url, 'kind', s.kind, 'title', s.title, 'retrievedOn', s.retrieved_on,
  'checkedOn', s.checked_on, 'note', s.note))`;

/**
 * A join of the JSON arrays of `value` per `key` in `table` (aliased `s`), in position order, for
 * the keys that pass `where` (a condition on `s`). One grouped pass is about twice as fast as a
 * subquery per row for large catalogues.
 */
const groupedJson = (
  table: string,
  key: string,
  value: string,
  alias: string,
  on: string,
  where = 'true',
): string =>
  `left join (select s.${key} as key, json_agg(${value} order by s.position) as list
     from ${table} s where s.${key} is not null and ${where} group by s.${key}) ${alias} on ${alias}.key = ${on}`;

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

/**
 * Runs a query and returns its rows, aggregated by PostgreSQL into one JSON text: for tens of
 * thousands of rows one JSON.parse is far cheaper than the driver building each row (on PGlite
 * especially). Dates come out as 'YYYY-MM-DD', absent values as null.
 */
async function jsonRows<T>(
  knex: Knex,
  select: string,
  orderBy: string,
  bindings: readonly number[] = [],
): Promise<T[]> {
  const result = await knex.raw<{ rows: { json: string }[] }>(
    `select coalesce(json_agg(t order by ${orderBy}), '[]')::text as json from (${select}) t`,
    bindings,
  );
  return JSON.parse(result.rows[0].json) as T[];
}

/**
 * Rows per query when a large table is read in ranges. The whole table as one JSON text made
 * PGlite's WebAssembly memory, which never shrinks, grow by half a gigabyte at 40,000 services;
 * in ranges it grows by the size of one range.
 */
const RANGE = 20_000;

/**
 * Reads a large table as consecutive ranges of an integer column (`[low, high)`, given to `select`
 * as the bindings `?` of the range), each aggregated like `jsonRows`: the same rows in the same
 * order, in bounded pieces.
 */
async function jsonRowsInRanges<T>(
  knex: Knex,
  bounds: string,
  select: string,
  orderBy: string,
  bindingsPerRange: (low: number, high: number) => number[],
  range: number,
): Promise<T[]> {
  const { rows } = await knex.raw<{ rows: { low: number | null; high: number | null }[] }>(bounds);
  const { low, high } = rows[0];
  const all: T[] = [];
  if (low === null || high === null) return all;
  for (let from = Number(low); from <= Number(high); from += range) {
    for (const row of await jsonRows<T>(knex, select, orderBy, bindingsPerRange(from, from + range)))
      all.push(row);
  }
  return all;
}

/**
 * Every table of the catalogue read in document order; the large ones in ranges of `range` rows
 * (smaller only in tests, to prove the pieces join up).
 */
export async function selectCatalogueRows(knex: Knex, range = RANGE) {
  const [meta] = await jsonRows<MetaRead>(
    knex,
    'select schema_version, title, published_on, generation from catalogue_meta',
    't.generation',
  );
  const categories = await jsonRows<CategoryRow>(knex, 'select * from categories', 't.position');
  const capabilities = await jsonRows<CapabilityRead & { position: number }>(
    knex,
    `select c.id, c.position, c.name, r.list as replaces from capabilities c
     ${groupedJson('capability_replacements', 'capability_id', 's.name', 'r', 'c.id')}`,
    't.position',
  );
  const providers = await jsonRows<ProviderRow>(knex, 'select * from providers', 't.position');
  const inRange = 'in (select id from services where position >= ? and position < ?)';
  const services = await jsonRowsInRanges<ServiceRead>(
    knex,
    'select min(position) as low, max(position) as high from services',
    `select v.*, c.list as categories, p.list as capabilities, r.list as runs_on from services v
     ${groupedJson('service_categories', 'service_id', 's.category_id', 'c', 'v.id', `s.service_id ${inRange}`)}
     ${groupedJson('service_capabilities', 'service_id', 's.capability_id', 'p', 'v.id', `s.service_id ${inRange}`)}
     ${groupedJson('service_runs_on', 'service_id', 's.runs_on_id', 'r', 'v.id', `s.service_id ${inRange}`)}
     where v.position >= ? and v.position < ?`,
    't.position',
    (low, high) => [low, high, low, high, low, high, low, high],
    range,
  );
  const facts = await jsonRowsInRanges<FactRead & { id: number }>(
    knex,
    'select min(id) as low, max(id) as high from facts',
    `select f.id, f.provider_id, f.service_id, f.path, f.value, f.note, g.list as sources from facts f
     ${groupedJson('sources', 'fact_id', SOURCE_JSON, 'g', 'f.id', 's.fact_id >= ? and s.fact_id < ?')}
     where f.id >= ? and f.id < ?`,
    't.id',
    (low, high) => [low, high, low, high],
    range,
  );
  const evidence = await jsonRowsInRanges<EvidenceRead>(
    knex,
    'select min(id) as low, max(id) as high from evidence',
    `select e.*, g.list as sources from evidence e
     ${groupedJson('sources', 'evidence_id', SOURCE_JSON, 'g', 'e.id', 's.evidence_id >= ? and s.evidence_id < ?')}
     where e.id >= ? and e.id < ?`,
    't.service_id, t.position',
    (low, high) => [low, high, low, high],
    range,
  );
  // A service's evidence may span two ranges: position order within each service is what counts.
  evidence.sort((a, b) => a.position - b.position);
  return { meta, categories, capabilities, providers, services, facts, evidence };
}

export type CatalogueRowsRead = Awaited<ReturnType<typeof selectCatalogueRows>>;
