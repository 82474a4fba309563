import type { Request, RequestHandler } from 'express';
import { emptyFilterQuery, type FilterQuery } from '../../domain/filters';
import { NotFoundError } from '../../errors';
import type { Translate } from '../../i18n/i18n';
import { presentHistoryPage } from '../../presenters/history/history-page.presenter';
import type { ReadModel } from '../../domain/catalogue/read-model';
import type { ChangeItemQuery, StoredChangeItem } from '../../services/history/history-service';
import { parseChangesQuery } from '../../validators/changes-query';
import { validOrThrow } from '../../validators/problem';
import type { HistoryDeps } from './history.deps';

export interface HistorySubject {
  kind: 'service' | 'provider';
  id: string;
  name: string;
  /** The record's page, while it is in the catalogue. */
  href?: string;
  /** The part of a change-item query that selects this record's history. */
  scope: Pick<ChangeItemQuery, 'service' | 'providerId'>;
}

/** The service or provider of a history page or feed; a record no longer listed is known by its history. */
export function historySubject(kind: 'service' | 'provider', id: string, model: ReadModel): HistorySubject {
  if (kind === 'service') {
    const entry = model.serviceById.get(id);
    return {
      kind,
      id,
      name: entry?.service.name ?? id,
      href: entry ? `/services/${id}` : undefined,
      scope: { service: { id, providerId: entry?.service.providerId ?? '' } },
    };
  }
  const provider = model.providers.get(id);
  return {
    kind,
    id,
    name: provider?.name ?? id,
    href: provider ? `/providers/${id}` : undefined,
    scope: { providerId: id },
  };
}

/** Lists a subject's history; 404 when the record is neither in the catalogue nor in its history. */
export async function listHistory(
  deps: HistoryDeps,
  subject: HistorySubject,
  query: FilterQuery,
): Promise<{ items: StoredChangeItem[]; total: number; name: string }> {
  const { items, total } = await deps.history.list({
    ...subject.scope,
    limit: query.perPage,
    offset: (query.page - 1) * query.perPage,
  });
  if (!subject.href && total === 0) throw new NotFoundError(subject.kind, subject.id);
  const own = items.find((i) => i.subjectKind === subject.kind && i.subjectId === subject.id);
  return { items, total, name: subject.href ? subject.name : (own?.name ?? subject.name) };
}

function pageQuery(req: Request, model: ReadModel, t: Translate): FilterQuery {
  // Validated with the changes' parser (bad values are 400s); only page and perPage are used here.
  const { filter } = validOrThrow(parseChangesQuery(req.query, model), t);
  return { ...emptyFilterQuery(), page: filter.page, perPage: filter.perPage };
}

/** GET /services/:id/history and /providers/:id/history: the dated list of changes, newest first. */
export function historyPageController(deps: HistoryDeps, kind: 'service' | 'provider'): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const query = pageQuery(req, model, res.locals.t);
    const subject = historySubject(kind, String(req.params.id), model);
    const { items, total, name } = await listHistory(deps, subject, query);
    res.render(
      'pages/history/show',
      presentHistoryPage(
        { kind, id: subject.id, name, subjectHref: subject.href, items, total, query },
        model,
        res.locals.t,
        res.locals.lang,
      ),
    );
  };
}
