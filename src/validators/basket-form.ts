import { z } from 'zod';
import type { BasketChange } from '../domain/compare/basket';
import { CatalogueId } from './catalogue-id';
import type { Problem, Validated } from './problem';

export interface BasketForm {
  change: BasketChange;
  /** Where to return after the change, as the form sent it (checked by the controller). */
  returnTo?: string;
}

const ACTIONS = ['add', 'remove', 'clear'] as const;

const Form = z.object({
  action: z.enum(ACTIONS),
  id: CatalogueId.optional(),
  returnTo: z.string().max(2000).optional(),
});

/** Validates the basket form (POST /compare/basket): an action, and a service id unless it clears. */
export function parseBasketForm(body: unknown): Validated<BasketForm> {
  const parsed = Form.safeParse(body);
  if (!parsed.success) {
    const parameters = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'body')))];
    const problems: Problem[] = parameters.map((parameter) => ({
      parameter,
      code: 'compare.errors.badForm',
      ...(parameter === 'action' ? { allowed: [...ACTIONS] } : {}),
    }));
    return { ok: false, problems };
  }
  const { action, id, returnTo } = parsed.data;
  if (action === 'clear') return { ok: true, value: { change: { action }, returnTo } };
  if (id === undefined)
    return { ok: false, problems: [{ parameter: 'id', code: 'compare.errors.missingId' }] };
  return { ok: true, value: { change: { action, id }, returnTo } };
}
