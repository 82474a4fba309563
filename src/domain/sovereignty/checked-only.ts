import type { CatalogueDocument, Fact, Provider, Service, Source } from '../catalogue.types';

/** True when the marketplace team checked the source on or before the assessment date. */
export function isCheckedBy(source: Source, assessedOn: string): boolean {
  return source.checkedOn !== undefined && source.checkedOn <= assessedOn;
}

function checkedSources(sources: Source[] | undefined, assessedOn: string): Source[] | undefined {
  const kept = (sources ?? []).filter((s) => isCheckedBy(s, assessedOn));
  return kept.length > 0 ? kept : undefined;
}

function checkedFact<T>(fact: Fact<T> | undefined, assessedOn: string): Fact<T> | undefined {
  if (!fact) return undefined;
  const { sources, ...rest } = fact;
  const kept = checkedSources(sources, assessedOn);
  return kept ? { ...rest, sources: kept } : rest;
}

function checkedGroup<G extends object>(group: G | undefined, assessedOn: string): G | undefined {
  if (!group) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, fact] of Object.entries(group)) out[key] = checkedFact(fact as Fact<unknown>, assessedOn);
  return out as G;
}

function checkedService(service: Service, assessedOn: string): Service {
  return {
    ...service,
    openSource: checkedFact(service.openSource, assessedOn),
    data: checkedGroup(service.data, assessedOn),
    exit: checkedGroup(service.exit, assessedOn),
    contract: checkedGroup(service.contract, assessedOn),
    environment: checkedGroup(service.environment, assessedOn),
    evidence: service.evidence?.map((e) => {
      const { sources, ...rest } = e;
      const kept = checkedSources(sources, assessedOn);
      return kept ? { ...rest, sources: kept } : rest;
    }),
  };
}

function checkedProvider(provider: Provider, assessedOn: string): Provider {
  return { ...provider, control: checkedFact(provider.control, assessedOn) };
}

/**
 * The document as the checked-only view sees it (SOVEREIGNTY.md, "Checked-only view"): every fact
 * and evidence entry keeps only the sources the marketplace team checked on or before the
 * assessment date, so one without such a source counts as unsourced. Assessing this document with
 * the ordinary rules is exactly the checked-only view; nothing else changes.
 */
export function checkedOnlyDocument(document: CatalogueDocument, assessedOn: string): CatalogueDocument {
  return {
    ...document,
    providers: document.providers.map((p) => checkedProvider(p, assessedOn)),
    services: document.services.map((s) => checkedService(s, assessedOn)),
  };
}
