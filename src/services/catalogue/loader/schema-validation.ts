import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../../domain/catalogue.schema.json';
import type { CatalogueError } from './loader.types';

// strict: false because the schema puts descriptions beside $ref and types in allOf branches.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Validates against src/domain/catalogue.schema.json; every error, with the path it concerns. */
export function schemaErrors(input: unknown): CatalogueError[] {
  if (validate(input)) return [];
  const seen = new Set<string>();
  const errors: CatalogueError[] = [];
  for (const error of validate.errors ?? []) {
    const converted = convert(error);
    const key = `${converted.path}\u0000${converted.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(converted);
    }
  }
  return errors;
}

/** Points required and unexpected properties at the property itself rather than its parent. */
function convert(error: ErrorObject): CatalogueError {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return { path: `${error.instancePath}/${params.missingProperty}`, message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return {
      path: `${error.instancePath}/${params.additionalProperty}`,
      message: 'is not an allowed property',
    };
  }
  const allowed = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.join(', ')}` : '';
  return { path: error.instancePath || '/', message: `${error.message ?? 'is invalid'}${allowed}` };
}
