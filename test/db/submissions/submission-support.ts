import type { Knex } from 'knex';
import type { Database } from '../../../src/db/database';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { readCatalogueSnapshot } from '../../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import type { SubmissionDeps } from '../../../src/services/submissions/draft-service';
import type { Actor, AuditEntry } from '../../../src/services/submissions/submission.types';

export const TODAY = '2026-11-30';

export const supplierOf = (providerId: string, id = 10): Actor => ({
  id,
  email: `supplier-${id}@${providerId}.example`,
  role: 'supplier',
  providerId,
});
export const curator = (id: number): Actor => ({
  id,
  email: `curator-${id}@example.org`,
  role: 'curator',
  providerId: null,
});

/** Submission services over a real database holding `document`, with the audit rows collected. */
export async function submissionDeps(
  db: Database,
  document: CatalogueDocument,
): Promise<SubmissionDeps & { audited: AuditEntry[] }> {
  const imported = await importCatalogue(db, document);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, () => TODAY);
  await store.reload();
  const audited: AuditEntry[] = [];
  return {
    knex: db.knex,
    store,
    today: () => TODAY,
    audited,
    audit: async (_db: Knex, entry: AuditEntry) => {
      audited.push(entry);
    },
  };
}
