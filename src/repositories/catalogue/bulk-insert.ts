import type { Knex } from 'knex';
import type { CatalogueTables, HistoryTables } from '../../db/tables';

type Tables = CatalogueTables & HistoryTables;

type TableName = keyof Tables;

/** Column names and SQL types of each catalogue table, as jsonb_to_recordset needs them. */
const COLUMNS: { [T in TableName]: Record<keyof Tables[T] & string, string> } = {
  catalogue_meta: {
    id: 'integer',
    schema_version: 'integer',
    title: 'text',
    published_on: 'date',
    imported_at: 'timestamptz',
    generation: 'integer',
    origin: 'text',
    reference_hash: 'text',
    modified_at: 'timestamptz',
    modified_by: 'text',
  },
  categories: { id: 'text', position: 'integer', lot: 'text', name: 'jsonb', description: 'jsonb' },
  capabilities: { id: 'text', position: 'integer', name: 'jsonb' },
  capability_replacements: { capability_id: 'text', position: 'integer', name: 'text' },
  providers: {
    id: 'text',
    position: 'integer',
    name: 'text',
    legal_name: 'text',
    type: 'text',
    hq_country: 'text',
    ultimate_parent_name: 'text',
    ultimate_parent_country: 'text',
    website: 'text',
    description: 'jsonb',
  },
  services: {
    id: 'text',
    position: 'integer',
    provider_id: 'text',
    name: 'text',
    summary: 'jsonb',
    description: 'jsonb',
    website: 'text',
    service_model: 'text',
    deployment: 'jsonb',
    notes: 'jsonb',
  },
  service_categories: { service_id: 'text', category_id: 'text', position: 'integer' },
  service_capabilities: { service_id: 'text', capability_id: 'text', position: 'integer' },
  service_runs_on: { service_id: 'text', runs_on_id: 'text', position: 'integer' },
  evidence: {
    id: 'integer',
    service_id: 'text',
    position: 'integer',
    scheme: 'text',
    level: 'text',
    status: 'text',
    version: 'text',
    scope: 'text',
    covers_service: 'boolean',
    issuer: 'text',
    reference: 'text',
    valid_until: 'date',
  },
  facts: {
    id: 'integer',
    provider_id: 'text',
    service_id: 'text',
    path: 'text',
    value: 'jsonb',
    note: 'text',
  },
  sources: {
    id: 'integer',
    fact_id: 'integer',
    evidence_id: 'integer',
    position: 'integer',
    url: 'text',
    kind: 'text',
    title: 'text',
    retrieved_on: 'date',
    checked_on: 'date',
    note: 'text',
  },
  catalogue_changes: {
    id: 'integer',
    recorded_at: 'timestamptz',
    cause: 'text',
    actor: 'text',
    generation: 'integer',
    assessed_on: 'date',
    previous_assessed_on: 'date',
    item_count: 'integer',
  },
  catalogue_change_items: {
    id: 'integer',
    change_id: 'integer',
    subject_kind: 'text',
    subject_id: 'text',
    provider_id: 'text',
    name: 'text',
    kind: 'text',
    tokens: 'text[]',
    detail: 'jsonb',
  },
};

/** Rows per statement: large enough to keep round trips few, small enough to keep memory flat. */
const BATCH_SIZE = 5000;

/**
 * Inserts rows in batches, each batch as one JSON parameter unpacked by json_to_recordset:
 * one bound value per statement (no 65,535-parameter limit) and far less per-row work than a
 * multi-row VALUES list, which matters on the embedded database. (json, not jsonb: the text is
 * parsed once either way, and json skips building a binary copy of the whole batch.)
 */
export async function bulkInsert<T extends TableName>(
  trx: Knex.Transaction,
  table: T,
  rows: Omit<Tables[T], 'id'>[] | Tables[T][],
  options: { generatedId?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  // A table whose id comes from its sequence: leave the column out and let PostgreSQL number rows.
  const columns = Object.entries(COLUMNS[table]).filter(([name]) => !(options.generatedId && name === 'id'));
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const definitions = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  const sql = `insert into "${table}" (${names}) select ${names} from json_to_recordset(?::json) as x(${definitions})`;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await trx.raw(sql, [JSON.stringify(rows.slice(start, start + BATCH_SIZE))]);
  }
}
