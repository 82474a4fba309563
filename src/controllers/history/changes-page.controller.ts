import type { RequestHandler } from 'express';
import { presentChangesPage } from '../../presenters/history/history-page.presenter';
import { presentUpcomingPage } from '../../presenters/history/upcoming.presenter';
import { upcomingChanges } from '../../services/history/upcoming-changes';
import type { AppDeps } from '../../app-deps';
import { parseChangesQuery, parseUpcomingQuery } from '../../validators/changes-query';
import { validOrThrow } from '../../validators/problem';
import type { HistoryDeps } from './history.deps';

/** GET /changes: every change of the catalogue, filterable like /services, paged. */
export function changesPageController(deps: HistoryDeps): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const { filter, conditions } = validOrThrow(parseChangesQuery(req.query, model), res.locals.t);
    const { items, total } = await deps.history.list({
      conditions,
      limit: filter.perPage,
      offset: (filter.page - 1) * filter.perPage,
    });
    res.render(
      'pages/changes/index',
      presentChangesPage({ items, total, query: filter }, model, res.locals.t, res.locals.lang),
    );
  };
}

/** GET /changes/upcoming?days=N: evidence that expires soon and the level changes that follow. */
export function upcomingPageController(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  return (req, res) => {
    const days = validOrThrow(parseUpcomingQuery(req.query, deps.config.forecastDays), res.locals.t);
    const model = deps.store.current();
    res.render(
      'pages/changes/upcoming',
      presentUpcomingPage(upcomingChanges(model, days), days, model, res.locals.t, res.locals.lang),
    );
  };
}
