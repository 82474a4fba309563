import { CatalogueStore, documentSource } from '../../../src/services/catalogue/catalogue-store';
import { historyDocument } from './history-fixtures';

describe('the catalogue a store holds, for a publisher in the same process', () => {
  it('is nothing before the first load, then the generation with its assessments at its date', async () => {
    let date = '2026-12-15';
    const store = new CatalogueStore(documentSource(historyDocument(), 7), () => date);
    expect(store.held()).toBeUndefined();
    await store.reload();
    const held = store.held();
    expect(held).toMatchObject({ generation: 7, assessedOn: '2026-12-15' });
    expect(held?.document).toBe(store.current().document);
    expect(held?.assessments.get('mail-nl')?.overall).toBe(2);

    // Past midnight, and before any reader swapped the model: the assessments keep their own date
    // (a publisher at the new date assesses again), and asking does not swap the model.
    date = '2027-02-01';
    let swaps = 0;
    store.onChange(() => swaps++);
    expect(store.held()).toMatchObject({ assessedOn: '2026-12-15' });
    expect(swaps).toBe(0);
    store.current();
    expect(swaps).toBe(1);
    expect(store.held()?.assessedOn).toBe('2027-02-01');
    expect(store.held()?.assessments.get('mail-nl')?.overall).toBe(1);
  });
});
