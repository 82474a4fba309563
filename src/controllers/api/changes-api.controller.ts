import type { RequestHandler } from 'express';
import { translator } from '../../i18n/i18n';
import { presentChangeLines } from '../../presenters/history/change-lines.presenter';
import type { HistoryDeps } from '../history/history.deps';
import { parseChangesQuery } from '../../validators/changes-query';
import { validOrThrow } from '../../validators/problem';
import { apiLang, sendCachedJson } from '../../middleware/api-http';

/**
 * GET /api/v1/changes?since=…: the catalogue's change items, newest first, with the filters of
 * /api/v1/services, paged. Each item has the structured detail (facts and evidence before and
 * after with their sources, levels before and after) and the same in plain words (`lines`).
 */
export function changesApiController(deps: HistoryDeps): RequestHandler {
  return async (req, res) => {
    const model = deps.store.current();
    const lang = apiLang(req);
    const { filter, conditions, since } = validOrThrow(
      parseChangesQuery(req.query, model, { since: true }),
      translator(lang),
      { withCodes: true },
    );
    const { items, total } = await deps.history.list({
      conditions,
      since,
      limit: filter.perPage,
      offset: (filter.page - 1) * filter.perPage,
    });
    const t = translator(lang);
    sendCachedJson(req, res, model.version, () => ({
      since: since?.toISOString() ?? null,
      total,
      page: filter.page,
      perPage: filter.perPage,
      pageCount: Math.max(1, Math.ceil(total / filter.perPage)),
      items: items.map((item) => ({
        id: item.id,
        changeId: item.changeId,
        recordedAt: item.recordedAt.toISOString(),
        cause: item.cause,
        actor: item.actor ?? null,
        assessedOn: item.assessedOn,
        previousAssessedOn: item.previousAssessedOn ?? null,
        subject: { kind: item.subjectKind, id: item.subjectId, name: item.name, providerId: item.providerId },
        kind: item.kind,
        lines: presentChangeLines(item, t, lang).map((line) => line.text),
        detail: item.detail,
      })),
    }));
  };
}
