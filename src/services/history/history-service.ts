import { EventEmitter } from 'node:events';
import type { Knex } from 'knex';
import {
  lastChangeOf,
  latestChange,
  listChangeItems,
  type ChangeItemQuery,
  type StoredChangeItem,
} from '../../repositories/history.repository';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import { recordAssessmentDateMove } from './record-catalogue-change';

export type { ChangeItemQuery, StoredChangeItem } from '../../repositories/history.repository';

/**
 * Reads the catalogue's history for pages, feeds and the API, and records the moves of the
 * assessment date that the read model makes by itself at midnight (Europe/Amsterdam).
 */
export class HistoryService {
  private readonly events = new EventEmitter();

  constructor(private readonly knex: Knex) {}

  list(query: ChangeItemQuery): Promise<{ total: number; items: StoredChangeItem[] }> {
    return listChangeItems(this.knex, query);
  }

  lastChangeOf(service: { id: string; providerId: string }): Promise<Date | undefined> {
    return lastChangeOf(this.knex, service);
  }

  /** The newest recorded change (for a feed's Last-Modified when it has no entries). */
  async latest(): Promise<{ id: number; recordedAt: Date } | undefined> {
    const row = await latestChange(this.knex);
    return row ? { id: row.id, recordedAt: new Date(row.recorded_at) } : undefined;
  }

  /** Called after this process recorded a change outside a catalogue reload (cached pages are stale). */
  onRecorded(listener: () => void): () => void {
    this.events.on('recorded', listener);
    return () => this.events.off('recorded', listener);
  }

  /**
   * Records "assessment date moved" whenever the store's model is assessed at a new date: now (the
   * app may have been down over midnight) and on every later swap. Idempotent across instances.
   */
  followAssessmentDate(store: CatalogueStore, onError: (err: unknown) => void): () => void {
    let assessedOn: string | undefined;
    const check = (): void => {
      const model = store.current();
      if (model.assessedOn === assessedOn) return;
      assessedOn = model.assessedOn;
      recordAssessmentDateMove(this.knex, model.document, store.loadedGeneration(), model.assessedOn).then(
        // Emitted even when another instance recorded it first: this one's cached pages are stale too.
        () => this.events.emit('recorded'),
        onError,
      );
    };
    if (store.isLoaded()) check();
    return store.onChange(() => check());
  }
}
