import type { RequestHandler } from 'express';
import { listProviderDrafts } from '../../repositories/submissions/draft.repository';
import { actorOf, submissionDeps, type SubmissionAppDeps } from './submission-context';

/** GET /supplier — the provider's record and services to edit, and its drafts with their state. */
export function supplierHomeController(deps: SubmissionAppDeps): RequestHandler {
  return async (req, res) => {
    const actor = actorOf(req);
    const providerId = actor.providerId as string;
    const model = deps.store.current();
    const { t } = res.locals;
    const provider = model.providers.get(providerId);
    const drafts = await listProviderDrafts(submissionDeps(deps).knex, providerId);
    res.render('pages/submissions/supplier', {
      title: t('submissions.supplier.title'),
      provider: provider ? { id: provider.id, name: provider.name } : { id: providerId, name: providerId },
      services: (model.servicesByProvider.get(providerId) ?? []).map((e) => ({
        id: e.service.id,
        name: e.service.name,
      })),
      drafts: drafts.map((d) => ({
        id: d.id,
        name: (d.record as { name?: string }).name ?? d.subject_id,
        kind: d.subject_kind,
        status: d.status,
        statusLabel: t(`submissions.status.${d.status}`),
      })),
    });
  };
}
