import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { BadRequestError, NotFoundError } from '../../errors';
import { presentBasketPage } from '../../presenters/compare/basket-page.presenter';
import { addToBasket, removeFromBasket, serializeBasket } from '../../domain/compare/basket';
import { CatalogueId } from '../../routes/params';
import { BASKET_COOKIE, basketLocals, readBasket } from '../../middleware/basket-locals';
import { validCsrf } from '../../middleware/csrf';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

const BasketForm = z.object({
  action: z.enum(['add', 'remove', 'clear']),
  id: CatalogueId.optional(),
  returnTo: z.string().max(2000).optional(),
});

/** Only a path on this site: no scheme, no protocol-relative `//host`, no backslash tricks. */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) && !/[\r\n]/.test(value) ? value : '/compare';
}

/**
 * POST /compare/basket: add, remove or clear, protected against CSRF. Success redirects (303) back
 * to the page the form was on; a fifth service is refused with the basket page saying that four is
 * the maximum and offering to remove one.
 */
export function basketController(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  return (req, res) => {
    const { t } = res.locals;
    if (!validCsrf(req, deps.config.sessionSecret)) {
      throw new BadRequestError([{ parameter: '_csrf', message: t('compare.errors.csrf') }]);
    }
    const parsed = BasketForm.safeParse(req.body);
    if (!parsed.success) {
      const parameters = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'body')))];
      throw new BadRequestError(
        parameters.map((parameter) => ({
          parameter,
          message: t('compare.errors.badForm'),
          ...(parameter === 'action' ? { allowed: ['add', 'remove', 'clear'] } : {}),
        })),
      );
    }
    const { action, id, returnTo } = parsed.data;
    if (action !== 'clear' && id === undefined) {
      throw new BadRequestError([{ parameter: 'id', message: t('compare.errors.missingId') }]);
    }
    const model = deps.store.current();
    const current = readBasket(req, deps);
    let ids: string[] = [];
    if (action === 'add' && id !== undefined) {
      if (!model.serviceById.has(id)) throw new NotFoundError('service', id);
      const result = addToBasket(current, id);
      if (result.outcome === 'full') {
        // The page shows remove forms, which need the basket locals (set for GET requests only).
        res.locals.compareBasket = basketLocals(req, res, deps);
        res
          .status(400)
          .render(
            'pages/compare/basket',
            presentBasketPage(model, current, { notice: 'full', requested: [id] }, t),
          );
        return;
      }
      ids = result.ids;
    } else if (action === 'remove' && id !== undefined) {
      ids = removeFromBasket(current, id).ids;
    }
    const secure = deps.config.env === 'production';
    res.cookie(BASKET_COOKIE, serializeBasket(ids), {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: THIRTY_DAYS_MS,
    });
    res.redirect(303, safeReturnTo(returnTo));
  };
}
