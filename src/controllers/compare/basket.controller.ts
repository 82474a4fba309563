import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { changeBasket, serializeBasket } from '../../domain/compare/basket';
import { NotFoundError } from '../../errors';
import { BASKET_COOKIE, basketLocals, readBasket } from '../../middleware/basket-locals';
import { presentBasketPage } from '../../presenters/compare/basket-page.presenter';
import { parseBasketForm } from '../../validators/basket-form';
import { validOrThrow } from '../../validators/problem';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** Only a path on this site: no scheme, no protocol-relative `//host`, no backslash tricks. */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) && !/[\r\n]/.test(value) ? value : '/compare';
}

/**
 * POST /compare/basket: add, remove or clear (the route checks the CSRF token first). Success
 * redirects (303) back to the page the form was on; a fifth service is refused with the basket page
 * saying that four is the maximum and offering to remove one. The rules are changeBasket's
 * (domain/compare/basket.ts).
 */
export function basketController(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  return (req, res) => {
    const { t } = res.locals;
    const { change, returnTo } = validOrThrow(parseBasketForm(req.body), t);
    const model = deps.store.current();
    const current = readBasket(req, deps);
    const changed = changeBasket(current, change, (id) => model.serviceById.has(id));
    if (!changed.ok && changed.reason === 'unknown') throw new NotFoundError('service', changed.id);
    if (!changed.ok) {
      // The page shows remove forms, which need the basket locals (set for GET requests only).
      res.locals.compareBasket = basketLocals(req, res, deps);
      res
        .status(400)
        .render(
          'pages/compare/basket',
          presentBasketPage(model, current, { notice: 'full', requested: [changed.id] }, t),
        );
      return;
    }
    const secure = deps.config.env === 'production';
    res.cookie(BASKET_COOKIE, serializeBasket(changed.ids), {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: THIRTY_DAYS_MS,
    });
    res.redirect(303, safeReturnTo(returnTo));
  };
}
