import { stringify } from 'csv-stringify';
import type { Readable } from 'node:stream';
import type { AuditRow } from '../../domain/accounts/account.types';
import { neutraliseFormula } from '../compare/comparison-csv';

export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurred_at',
  'actor_id',
  'actor_email',
  'action',
  'record_type',
  'record_id',
  'before_hash',
  'after_hash',
  'detail',
  'address',
] as const;

function cells(row: AuditRow): string[] {
  return [
    String(row.id),
    new Date(row.occurred_at).toISOString(),
    row.actor_id === null ? '' : String(row.actor_id),
    row.actor_email ?? '',
    row.action,
    row.record_type ?? '',
    row.record_id ?? '',
    row.before_hash ?? '',
    row.after_hash ?? '',
    row.detail === null ? '' : JSON.stringify(row.detail),
    row.address ?? '',
  ].map(neutraliseFormula);
}

/**
 * The audit trail as CSV (UTF-8 with BOM, a header row, oldest first), streamed row by row so a
 * long trail never sits in memory. Text a spreadsheet would run as a formula (a failed login's
 * typed e-mail address, say) is neutralised.
 */
export function auditCsv(rows: AsyncIterable<AuditRow>): Readable {
  const out = stringify({
    bom: true,
    header: true,
    columns: [...AUDIT_CSV_COLUMNS],
    record_delimiter: '\r\n',
  });
  void (async () => {
    try {
      for await (const row of rows) {
        if (!out.write(cells(row))) await new Promise((resolve) => out.once('drain', resolve));
      }
      out.end();
    } catch (err) {
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return out;
}
