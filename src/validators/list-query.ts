import type { FilterQuery } from '../domain/filters';
import { parseFilterQuery } from './filter-query';
import { BadRequestError } from '../errors';
import type { Lang } from '../i18n/i18n';
import type { ReadModel } from '../domain/catalogue/read-model';

/** The validated list query, or a BadRequestError naming each bad parameter (→ 400 page). */
export function parseListQuery(
  query: Record<string, unknown>,
  model: ReadModel,
  lang: Lang,
  fixedCategory?: string,
): FilterQuery {
  const parsed = parseFilterQuery(query, model, { lang, fixedCategory });
  if (!parsed.ok) {
    throw new BadRequestError(
      parsed.errors.map(({ parameter, message, allowed }) => ({ parameter, message, allowed })),
    );
  }
  return parsed.value;
}
