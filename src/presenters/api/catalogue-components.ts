import catalogueSchema from '../../domain/catalogue.schema.json';

/** A JSON Schema (2020-12) object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [keyword: string]: unknown };

const PREFIX = 'Catalogue.';

/** Rewrites the catalogue schema's internal references to OpenAPI component references. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node && typeof node === 'object') {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
          ? `#/components/schemas/${PREFIX}${value.slice('#/$defs/'.length)}`
          : rebase(value);
    }
    return out;
  }
  return node;
}

/** Reference to a definition of the catalogue schema, e.g. catalogueRef('service'). */
export function catalogueRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${PREFIX}${name}` };
}

/**
 * The catalogue schema (src/domain/catalogue.schema.json) as OpenAPI components: each `$defs`
 * entry becomes `Catalogue.<name>` and the document itself `Catalogue.document`, so the API
 * describes catalogue objects with the very schema imports are checked against.
 */
export function catalogueComponents(): Record<string, JsonSchema> {
  const rebased = rebase(catalogueSchema) as JsonSchema;
  const { $defs, ...document } = rebased;
  // The document becomes one component among others: it keeps no identity or dialect of its own.
  delete document.$schema;
  delete document.$id;
  const components: Record<string, JsonSchema> = {};
  for (const [name, definition] of Object.entries($defs as Record<string, JsonSchema>)) {
    components[`${PREFIX}${name}`] = definition;
  }
  components[`${PREFIX}document`] = document;
  return components;
}

/** A catalogue object definition with extra (derived) properties, e.g. a provider with its service ids. */
export function extendedCatalogueObject(
  name: string,
  extra: Record<string, JsonSchema>,
  required: string[],
): JsonSchema {
  const definition = (rebase(catalogueSchema) as { $defs: Record<string, JsonSchema> }).$defs[name];
  return {
    ...definition,
    required: [...((definition.required as string[] | undefined) ?? []), ...required],
    properties: { ...(definition.properties as Record<string, JsonSchema>), ...extra },
  };
}
