import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError } from '../../errors';
import { presentServicePage } from '../../presenters/catalogue/service-page.presenter';
import { presentServiceHistoryNote } from '../../presenters/history/service-history-note.presenter';
import { upcomingChanges } from '../../services/history/upcoming-changes';

export function servicePageController(deps: Pick<AppDeps, 'store' | 'config' | 'history'>): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const id = String(req.params.id);
    const entry = model.serviceById.get(id);
    if (!entry) throw new NotFoundError('service', id);
    // Both views are shown with their names (SOVEREIGNTY.md).
    const checkedOnly = deps.store.checkedOnlyOf([id]).serviceById.get(id);
    const lastChanged = await deps.history?.lastChangeOf({ id, providerId: entry.service.providerId });
    const upcoming = upcomingChanges(model, deps.config.forecastDays).filter((c) => c.serviceId === id);
    res.render('pages/services/show', {
      ...presentServicePage(entry, model, res.locals.t, res.locals.lang, checkedOnly),
      changes: presentServiceHistoryNote(
        { id, hasHistory: deps.history !== undefined, lastChanged, upcoming },
        model,
        res.locals.t,
        res.locals.lang,
      ),
    });
  };
}
