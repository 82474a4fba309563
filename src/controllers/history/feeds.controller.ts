import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { renderAtomFeed } from '../../presenters/history/atom-feed.presenter';
import { changesFeedLink } from '../../presenters/history/history-page.presenter';
import { buildListUrl, withPage } from '../../domain/filters';
import type { StoredChangeItem } from '../../services/history/history-service';
import { parseChangesQuery } from '../../validators/changes-query';
import { validOrThrow } from '../../validators/problem';
import { historySubject, listHistory } from './history-page.controller';
import type { HistoryDeps } from './history.deps';

/** Entries per feed: feed readers poll, so the newest changes are what they need. */
const FEED_ENTRIES = 50;

/**
 * Sets ETag and Last-Modified for a feed and answers 304 when the client has it already. The tag
 * covers the URL, the language and the newest entry and entry count, so it changes exactly when the
 * feed's content does.
 */
async function conditional(
  req: Request,
  res: Response,
  deps: HistoryDeps,
  items: readonly StoredChangeItem[],
  total: number,
): Promise<{ fresh: boolean; updated: Date }> {
  const updated = items[0]?.recordedAt ?? (await deps.history.latest())?.recordedAt ?? new Date(0);
  const tag = createHash('sha1')
    .update(`${req.originalUrl}\n${res.locals.lang}\n${items[0]?.id ?? 0}\n${total}`)
    .digest('base64url');
  // HTTP dates have whole seconds: round down, so If-Modified-Since equal to it counts as fresh.
  const lastModified = new Date(Math.floor(updated.getTime() / 1000) * 1000);
  res.set({
    ETag: `W/"${tag}"`,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': 'public, max-age=300',
  });
  return { fresh: req.fresh, updated };
}

function sendFeed(res: Response, xml: string): void {
  res.type('application/atom+xml; charset=utf-8').send(xml);
}

/** GET /changes.atom and /services.atom?filters: the changes of any selection, as an Atom feed. */
export function selectionFeedController(deps: HistoryDeps): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const { filter, conditions } = validOrThrow(parseChangesQuery(req.query, model), res.locals.t);
    const { items, total } = await deps.history.list({ conditions, limit: FEED_ENTRIES, offset: 0 });
    const { fresh, updated } = await conditional(req, res, deps, items, total);
    if (fresh) return void res.status(304).end();
    const link = changesFeedLink(filter, model, res.locals.t, res.locals.lang);
    sendFeed(
      res,
      renderAtomFeed(
        {
          baseUrl: deps.config.publicBaseUrl,
          selfPath: req.originalUrl,
          pagePath: buildListUrl('/changes', withPage({ ...filter, q: undefined, sort: undefined }, 1)),
          title: link.title,
          items,
          updated,
        },
        model,
        res.locals.t,
        res.locals.lang,
      ),
    );
  };
}

/** GET /services/:id.atom and /providers/:id.atom: one record's changes, as an Atom feed. */
export function recordFeedController(deps: HistoryDeps, kind: 'service' | 'provider'): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const { filter } = validOrThrow(parseChangesQuery(req.query, model), res.locals.t);
    const subject = historySubject(kind, String(req.params.id), model);
    const { items, total, name } = await listHistory(deps, subject, {
      ...filter,
      page: 1,
      perPage: FEED_ENTRIES,
    });
    const { fresh, updated } = await conditional(req, res, deps, items, total);
    if (fresh) return void res.status(304).end();
    const plural = kind === 'service' ? 'services' : 'providers';
    sendFeed(
      res,
      renderAtomFeed(
        {
          baseUrl: deps.config.publicBaseUrl,
          selfPath: req.originalUrl,
          pagePath: `/${plural}/${subject.id}/history`,
          title: res.locals.t(
            kind === 'service' ? 'history.feed.titleService' : 'history.feed.titleProvider',
            { name },
          ),
          items,
          updated,
        },
        model,
        res.locals.t,
        res.locals.lang,
      ),
    );
  };
}
