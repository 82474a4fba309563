import type { Knex } from 'knex';

interface PgQuery {
  text: string;
  values?: unknown[];
}

/**
 * rate-limiter-flexible's PostgreSQL store sends `{ text, values }` queries with `$n` placeholders
 * to a node-postgres client. This client runs them through knex instead, so that the limiter works
 * the same on a PostgreSQL server (within the test schema's search path) and on the embedded PGlite
 * (whose one connection knex serialises).
 */
export function knexQueryClient(db: Knex): {
  query(q: PgQuery): Promise<{ rows: unknown[]; rowCount: number }>;
} {
  return {
    async query(q) {
      const bindings: unknown[] = [];
      const sql = q.text.replace(/\$(\d+)/g, (_whole, n: string) => {
        bindings.push(q.values?.[Number(n) - 1] ?? null);
        return '?';
      });
      const result = (await db.raw(sql, bindings as Knex.RawBinding[])) as {
        rows?: unknown[];
        rowCount?: number | null;
      };
      const rows = result.rows ?? [];
      // PGlite reports the rows a statement changed (0 for a SELECT); node-postgres the rows returned.
      return { rows, rowCount: Math.max(rows.length, result.rowCount ?? 0) };
    },
  };
}
