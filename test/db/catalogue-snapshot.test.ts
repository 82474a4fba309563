import type { Database } from '../../src/db/database';
import { readCatalogueSnapshot, replaceCatalogue } from '../../src/repositories/catalogue.repository';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { makeDocument, makeService } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { waitFor } from '../faults/support/wait-for';

const withServices = (...ids: string[]) => makeDocument({ services: ids.map((id) => makeService({ id })) });

/**
 * A reload that starts while an import or approval is publishing (found by the kill test on a
 * server, issue 18): TRUNCATE is not MVCC-safe, so a read whose snapshot predates the commit saw
 * the catalogue tables empty and the app served an empty catalogue. The read waits and sees the
 * new catalogue whole.
 */
describe('reading the catalogue while a publication is in progress', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    const imported = await importCatalogue(db, withServices('old-a', 'old-b'));
    if (!imported.ok) throw new Error('test catalogue invalid');
  });
  afterAll(() => db.close());

  it('waits for the publication and reads the new catalogue whole', async () => {
    const trx = await db.knex.transaction();
    const generation = await replaceCatalogue(trx, withServices('new-a', 'new-b', 'new-c'));
    const reading = readCatalogueSnapshot(db.knex);
    if (db.kind === 'pg') {
      // The reader is queued behind the publication's lock before the publication commits.
      await waitFor('the reader to wait for the lock', async () => {
        const { rows } = await db.knex.raw<{ rows: { n: number }[] }>(
          'select count(*)::int as n from pg_locks where not granted',
        );
        return rows[0]!.n > 0;
      });
    }
    await trx.commit();
    const snapshot = await reading;
    expect(snapshot.generation).toBe(generation);
    expect(snapshot.document.services.map((s) => s.id)).toEqual(['new-a', 'new-b', 'new-c']);
  });
});
