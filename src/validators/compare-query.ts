import type { Request } from 'express';
import { BadRequestError, NotFoundError } from '../errors';
import type { Translate } from '../i18n/i18n';
import type { ReadModel } from '../domain/catalogue/read-model';
import { MAX_COMPARED, uniqueIds } from '../domain/compare/build-comparison';
import { CatalogueId } from '../routes/params';

export interface CompareQuery {
  ids: string[];
  diffOnly: boolean;
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Validates `?id=…&id=…[&diff=1]`: well-formed ids (else 400 naming `id`), at most four different
 * ones (else 400 saying so), each in the catalogue (else 404 naming the id), `diff` 0 or 1.
 */
export function parseCompareQuery(req: Request, model: ReadModel, t: Translate): CompareQuery {
  const problems: ConstructorParameters<typeof BadRequestError>[0] = [];
  const raw = asList(req.query.id);
  const bad = raw.filter((v) => typeof v !== 'string' || !CatalogueId.safeParse(v).success);
  if (bad.length > 0) {
    problems.push({ parameter: 'id', message: t('compare.errors.badId') });
  }
  const ids = uniqueIds(raw.filter((v): v is string => typeof v === 'string'));
  if (bad.length === 0 && ids.length > MAX_COMPARED) {
    problems.push({
      parameter: 'id',
      message: t('compare.errors.tooMany', { max: MAX_COMPARED, count: ids.length }),
    });
  }
  const diff = req.query.diff;
  if (diff !== undefined && diff !== '0' && diff !== '1') {
    problems.push({ parameter: 'diff', message: t('compare.errors.badDiff'), allowed: ['0', '1'] });
  }
  if (problems.length > 0) throw new BadRequestError(problems);
  const unknown = ids.find((id) => !model.serviceById.has(id));
  if (unknown !== undefined) throw new NotFoundError('service', unknown);
  return { ids, diffOnly: diff === '1' };
}
