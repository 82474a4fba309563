import { EventEmitter } from 'node:events';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import type { Assessment } from '../../domain/sovereignty/sovereignty.types';
import { ServiceUnavailableError } from '../../errors';
import { buildCheckedOnlyReadModel, buildReadModel, type ReadModel } from '../../domain/catalogue/read-model';
import { checkedOnlyReadModelOf } from '../../domain/catalogue/checked-only-part';

/** Where the store reads the catalogue from: the repository in production, a document in tests. */
export interface CatalogueSource {
  read(): Promise<{ document: CatalogueDocument; generation: number }>;
}

export function documentSource(document: CatalogueDocument, generation = 1): CatalogueSource {
  return { read: async () => ({ document, generation }) };
}

/**
 * The catalogue a store holds in memory: the document of one generation and its services'
 * assessments at one date. A publisher in the same process starts from it instead of reading the
 * catalogue back, when the database is still at that generation.
 */
export interface HeldCatalogue {
  generation: number;
  document: CatalogueDocument;
  assessedOn: string;
  assessments: ReadonlyMap<string, Assessment>;
}

/** Today's date in the catalogue's time zone (Europe/Amsterdam), as YYYY-MM-DD. */
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}

/**
 * Holds the current read model and swaps it atomically when the catalogue changes (reload) or when
 * the assessment date moves on (which may expire evidence). Readers call `current()` per request and
 * keep the model they got for the whole request, so a swap never mixes two catalogues in one page.
 */
export class CatalogueStore {
  private model?: ReadModel;
  private document?: CatalogueDocument;
  private generation = 0;
  /** Counts rebuilds, so every model this store builds has its own version. */
  private builds = 0;
  private readonly events = new EventEmitter();
  /** The checked-only view of the current model, built on first use. */
  private checked?: { of: ReadModel; model: ReadModel };

  constructor(
    private readonly source: CatalogueSource,
    private readonly assessmentDate: () => string = () => todayInAmsterdam(),
  ) {}

  /** Reads the catalogue from its source and swaps in a new read model. */
  async reload(): Promise<ReadModel> {
    const { document, generation } = await this.source.read();
    // Two reloads may overlap (an approval's own and the change notification's); one that read an
    // older generation must not replace a newer catalogue when it finishes last.
    if (this.model && generation < this.generation) return this.model;
    this.document = document;
    this.generation = generation;
    return this.rebuild();
  }

  /** The current read model; rebuilt first when the assessment date has moved since it was built. */
  current(): ReadModel {
    if (!this.model || !this.document) throw new ServiceUnavailableError('catalogue not loaded yet');
    if (this.model.assessedOn !== this.assessmentDate()) this.rebuild();
    return this.model;
  }

  /** The generation (import count) of the loaded catalogue. */
  loadedGeneration(): number {
    return this.generation;
  }

  /**
   * The current catalogue in the checked-only view (levels from checked sources only), built the
   * first time it is asked for after each swap and then kept with the model it belongs to.
   */
  checkedOnly(): ReadModel {
    const current = this.current();
    if (this.checked?.of !== current) {
      const generation = `${this.generation}.${this.builds}`;
      this.checked = {
        of: current,
        model: buildCheckedOnlyReadModel(current.document, current.assessedOn, generation),
      };
    }
    return this.checked.model;
  }

  /**
   * The checked-only view of the given services (and what they run on): the whole view when it has
   * been built for the current model already, otherwise only the part these services need, so a
   * service page, comparison or API page does not assess the whole catalogue a second time.
   */
  checkedOnlyOf(ids: Iterable<string>): ReadModel {
    const current = this.current();
    if (this.checked?.of === current) return this.checked.model;
    return checkedOnlyReadModelOf(current, ids);
  }

  /**
   * The loaded catalogue with its generation and the assessments of the current model, or undefined
   * before the first load. Only meaningful when the source is the database being changed (server.ts).
   * Never rebuilds (no swap in the middle of a publisher's transaction): assessments of a model
   * built before midnight carry their own date, and a publisher at a later date does not use them.
   */
  held(): HeldCatalogue | undefined {
    const { model } = this;
    if (!model) return undefined;
    return {
      generation: this.generation,
      document: model.document,
      assessedOn: model.assessedOn,
      assessments: new Map(model.services.map((e) => [e.service.id, e.assessment])),
    };
  }

  isLoaded(): boolean {
    return this.model !== undefined;
  }

  /** Called after every swap with the new model (e.g. to rebuild the search index). */
  onChange(listener: (model: ReadModel) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  private rebuild(): ReadModel {
    const document = this.document as CatalogueDocument;
    this.builds += 1;
    const model = buildReadModel(document, this.assessmentDate(), `${this.generation}.${this.builds}`);
    this.model = model;
    this.events.emit('change', model);
    return model;
  }
}
