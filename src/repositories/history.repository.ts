import type { Knex } from 'knex';
import type { CatalogueChangeItemRow, CatalogueChangeRow } from '../db/tables';
import type {
  ChangeCause,
  ChangeDetail,
  ChangeItem,
  ItemKind,
  StoredChangeItem,
  SubjectKind,
} from '../domain/history/history.types';
import type { TokenCondition } from '../domain/history/selection-tokens';
import { bulkInsert } from './catalogue/bulk-insert';

export interface NewCatalogueChange {
  recordedAt: Date;
  cause: ChangeCause;
  actor?: string;
  generation: number;
  assessedOn: string;
  previousAssessedOn?: string;
}

export type { StoredChangeItem } from '../domain/history/history.types';

/** Which change items to list; every given part narrows the list. */
export interface ChangeItemQuery {
  /** One service's history: its own items and those of its provider (a take-over concerns it too). */
  service?: { id: string; providerId: string };
  /** One provider's history: its own items and those of its services. */
  providerId?: string;
  /** Filters of the result lists, as token conditions (see selection-tokens.ts). */
  conditions?: readonly TokenCondition[];
  /** Only changes recorded at or after this moment. */
  since?: Date;
  limit: number;
  offset: number;
}

/** Records one change and its items (history writes happen inside the publishing transaction). */
export async function insertCatalogueChange(
  trx: Knex.Transaction,
  change: NewCatalogueChange,
  items: readonly ChangeItem[],
): Promise<number> {
  const [row] = await trx('catalogue_changes')
    .insert({
      recorded_at: change.recordedAt,
      cause: change.cause,
      actor: change.actor ?? null,
      generation: change.generation,
      assessed_on: change.assessedOn,
      previous_assessed_on: change.previousAssessedOn ?? null,
      item_count: items.length,
    })
    .returning('id');
  const changeId = row.id;
  await bulkInsert(
    trx,
    'catalogue_change_items',
    items.map((item) => ({
      change_id: changeId,
      subject_kind: item.subjectKind,
      subject_id: item.subjectId,
      provider_id: item.providerId,
      name: item.name,
      kind: item.kind,
      tokens: item.tokens,
      detail: item.detail,
    })),
    { generatedId: true },
  );
  return changeId;
}

/** The assessment date of the newest recorded change, or undefined before the first. */
export async function lastRecordedAssessmentDate(knex: Knex): Promise<string | undefined> {
  const row = await knex('catalogue_changes').max({ latest: 'assessed_on' }).first();
  return (row?.latest as string | null | undefined) ?? undefined;
}

function narrow(builder: Knex.QueryBuilder, query: Omit<ChangeItemQuery, 'limit' | 'offset'>): void {
  const { service, providerId, conditions, since } = query;
  if (service) {
    builder.where((w) =>
      w
        .where({ 'i.subject_kind': 'service', 'i.subject_id': service.id })
        .orWhere({ 'i.subject_kind': 'provider', 'i.subject_id': service.providerId }),
    );
  }
  if (providerId) builder.where('i.provider_id', providerId);
  if (since) builder.where('c.recorded_at', '>=', since);
  for (const condition of conditions ?? []) {
    builder.whereRaw(`i.tokens ${condition.mode === 'all' ? '@>' : '&&'} ?::text[]`, [condition.tokens]);
  }
}

/**
 * A page of change items, newest first, and how many there are in all, in one statement (the count
 * and a lateral page of the same matches): on the embedded database planning a statement costs
 * more than running it, and a page past the end still gets its total.
 */
export async function listChangeItems(
  knex: Knex,
  query: ChangeItemQuery,
): Promise<{ total: number; items: StoredChangeItem[] }> {
  const matched = knex('catalogue_change_items as i')
    .join('catalogue_changes as c', 'c.id', 'i.change_id')
    .select('i.*', 'c.recorded_at', 'c.cause', 'c.actor', 'c.assessed_on', 'c.previous_assessed_on');
  narrow(matched, query);
  const rows = (await knex
    .with('matched', matched)
    .select('t.total', 'p.*')
    .from(knex('matched').count({ total: '*' }).as('t'))
    .joinRaw(
      'left join lateral (select * from matched order by change_id desc, subject_kind, name, id limit ? offset ?) p on true',
      [query.limit, query.offset],
    )) as (Row & { total: string | number })[];
  return {
    total: Number(rows[0]?.total ?? 0),
    // No page rows: the one row carries only the total.
    items: rows.filter((row) => row.id !== null).map(toItem),
  };
}

/** When the service (or its provider) last changed, or undefined when no change is recorded. */
export async function lastChangeOf(
  knex: Knex,
  service: { id: string; providerId: string },
): Promise<Date | undefined> {
  const { items } = await listChangeItems(knex, { service, limit: 1, offset: 0 });
  return items[0]?.recordedAt;
}

/** The newest change: the moment a feed of every change was last modified. */
export async function latestChange(
  knex: Knex,
): Promise<Pick<CatalogueChangeRow, 'id' | 'recorded_at'> | undefined> {
  return knex('catalogue_changes').select('id', 'recorded_at').orderBy('id', 'desc').first();
}

type Row = CatalogueChangeItemRow &
  Pick<CatalogueChangeRow, 'recorded_at' | 'cause' | 'actor' | 'assessed_on' | 'previous_assessed_on'>;

function toItem(row: Row): StoredChangeItem {
  return {
    id: Number(row.id),
    changeId: Number(row.change_id),
    recordedAt: new Date(row.recorded_at),
    cause: row.cause as ChangeCause,
    actor: row.actor ?? undefined,
    assessedOn: row.assessed_on,
    previousAssessedOn: row.previous_assessed_on ?? undefined,
    subjectKind: row.subject_kind as SubjectKind,
    subjectId: row.subject_id,
    providerId: row.provider_id,
    name: row.name,
    kind: row.kind as ItemKind,
    tokens: row.tokens,
    detail: (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as ChangeDetail,
  };
}
