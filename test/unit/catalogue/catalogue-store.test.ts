import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { CatalogueStore } from '../../../src/services/catalogue/catalogue-store';
import { makeDocument, makeService } from '../../support/catalogue-factory';

type Read = { document: CatalogueDocument; generation: number };

describe('CatalogueStore.reload', () => {
  it('keeps the newer catalogue when an overlapping reload of an older generation finishes last', async () => {
    const pending: ((read: Read) => void)[] = [];
    const store = new CatalogueStore(
      { read: () => new Promise<Read>((resolve) => pending.push(resolve)) },
      () => '2026-11-28',
    );
    const older = store.reload();
    const newer = store.reload();
    pending[1]!({ document: makeDocument({ services: [makeService({ id: 'new' })] }), generation: 2 });
    await newer;
    pending[0]!({ document: makeDocument({ services: [makeService({ id: 'old' })] }), generation: 1 });
    await older;
    expect(store.loadedGeneration()).toBe(2);
    expect(store.current().services.map((s) => s.service.id)).toEqual(['new']);
  });

  it('swaps in a newer generation, and the same generation read again', async () => {
    let read: Read = { document: makeDocument({ services: [makeService({ id: 'one' })] }), generation: 1 };
    const store = new CatalogueStore({ read: async () => read }, () => '2026-11-28');
    await store.reload();
    read = { document: makeDocument({ services: [makeService({ id: 'two' })] }), generation: 1 };
    await store.reload();
    expect(store.current().services.map((s) => s.service.id)).toEqual(['two']);
    read = { document: makeDocument({ services: [makeService({ id: 'three' })] }), generation: 2 };
    await store.reload();
    expect(store.current().services.map((s) => s.service.id)).toEqual(['three']);
  });
});
