import { MAX_COMPARED, uniqueIds } from '../domain/compare/build-comparison';
import type { ReadModel } from '../domain/catalogue/read-model';
import { NotFoundError } from '../errors';
import type { Translate } from '../i18n/i18n';
import { CatalogueId } from './catalogue-id';
import { validOrThrow, type Problem, type Validated } from './problem';

export interface CompareQuery {
  ids: string[];
  diffOnly: boolean;
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Validates `?id=…&id=…[&diff=1]`: well-formed ids (else a problem naming `id`), at most four
 * different ones (else a problem saying so), `diff` 0 or 1. Whether each id is in the catalogue is
 * the caller's 404 (see validCompareQuery).
 */
export function parseCompareQuery(query: Record<string, unknown>): Validated<CompareQuery> {
  const problems: Problem[] = [];
  const raw = asList(query.id);
  const bad = raw.filter((v) => typeof v !== 'string' || !CatalogueId.safeParse(v).success);
  if (bad.length > 0) {
    problems.push({ parameter: 'id', code: 'compare.errors.badId' });
  }
  const ids = uniqueIds(raw.filter((v): v is string => typeof v === 'string'));
  if (bad.length === 0 && ids.length > MAX_COMPARED) {
    problems.push({
      parameter: 'id',
      code: 'compare.errors.tooMany',
      params: { max: MAX_COMPARED, count: ids.length },
    });
  }
  const diff = query.diff;
  if (diff !== undefined && diff !== '0' && diff !== '1') {
    problems.push({ parameter: 'diff', code: 'compare.errors.badDiff', allowed: ['0', '1'] });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ids, diffOnly: diff === '1' } };
}

/**
 * The comparison query of a request (the compare page and its CSV): the 400 error for a malformed
 * one, a 404 naming the first id that is not in the catalogue.
 */
export function validCompareQuery(
  query: Record<string, unknown>,
  model: Pick<ReadModel, 'serviceById'>,
  t: Translate,
): CompareQuery {
  const valid = validOrThrow(parseCompareQuery(query), t);
  const unknown = valid.ids.find((id) => !model.serviceById.has(id));
  if (unknown !== undefined) throw new NotFoundError('service', unknown);
  return valid;
}
