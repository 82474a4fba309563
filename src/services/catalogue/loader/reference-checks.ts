import type { CatalogueError } from './loader.types';
import { findRunsOnCycles, type RunsOnGraph } from './runs-on-cycles';

type Item = Record<string, unknown>;

/** The objects of a top-level array with their index; tolerant of a document that failed the schema. */
function items(document: Item, kind: string): { item: Item; index: number }[] {
  const list = document[kind];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) =>
    item !== null && typeof item === 'object' ? [{ item: item as Item, index }] : [],
  );
}

function strings(value: unknown): { id: string; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((id: unknown, index) => (typeof id === 'string' ? [{ id, index }] : []));
}

/** Ids of one kind; a repeated id is an error at the repeat, naming the first occurrence. */
function collectIds(document: Item, kind: string, errors: CatalogueError[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { item, index } of items(document, kind)) {
    if (typeof item.id !== 'string') continue;
    const first = ids.get(item.id);
    if (first === undefined) ids.set(item.id, index);
    else
      errors.push({
        path: `/${kind}/${index}/id`,
        message: `duplicate id "${item.id}" (also /${kind}/${first})`,
      });
  }
  return ids;
}

/**
 * Checks what the schema cannot: unique ids per kind, references to providers, categories,
 * capabilities and services that exist, no service running on itself and no `runsOn` cycles.
 */
export function referenceErrors(input: unknown): CatalogueError[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  const document = input as Item;
  const errors: CatalogueError[] = [];
  const categories = collectIds(document, 'categories', errors);
  const capabilities = collectIds(document, 'capabilities', errors);
  const providers = collectIds(document, 'providers', errors);
  const services = collectIds(document, 'services', errors);
  const graph: RunsOnGraph = new Map();

  for (const { item, index } of items(document, 'services')) {
    const at = `/services/${index}`;
    if (typeof item.providerId === 'string' && !providers.has(item.providerId)) {
      errors.push({ path: `${at}/providerId`, message: `unknown provider "${item.providerId}"` });
    }
    for (const { id, index: i } of strings(item.categories)) {
      if (!categories.has(id))
        errors.push({ path: `${at}/categories/${i}`, message: `unknown category "${id}"` });
    }
    for (const { id, index: i } of strings(item.capabilities)) {
      if (!capabilities.has(id))
        errors.push({ path: `${at}/capabilities/${i}`, message: `unknown capability "${id}"` });
    }
    const edges: { target: string; path: string }[] = [];
    for (const { id, index: i } of strings(item.runsOn)) {
      const path = `${at}/runsOn/${i}`;
      if (id === item.id) errors.push({ path, message: `service "${id}" cannot run on itself` });
      else if (!services.has(id)) errors.push({ path, message: `unknown service "${id}"` });
      else edges.push({ target: id, path });
    }
    // Only the first service with an id takes part in the graph (a duplicate is already an error).
    if (typeof item.id === 'string' && services.get(item.id) === index) graph.set(item.id, edges);
  }
  for (const cycle of findRunsOnCycles(graph)) {
    errors.push({ path: cycle.path, message: `runsOn cycle: ${cycle.ids.join(' → ')}` });
  }
  return errors;
}
