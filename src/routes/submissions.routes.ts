import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import {
  commentController,
  draftPageController,
  newServiceController,
  newServicePageController,
  openDraftController,
  refreshController,
  saveSectionController,
  sectionPageController,
  submitController,
} from '../controllers/submissions/draft.controller';
import {
  approveController,
  decisionController,
  queueController,
  returnController,
  reviewPageController,
} from '../controllers/submissions/review.controller';
import { supplierHomeController } from '../controllers/submissions/supplier-home.controller';
import { requireRole, requireUser } from '../middleware/auth';
import { privatePages, protectedForm } from '../middleware/private-pages';

/**
 * Supplier drafts and the curators' review (issue 15). Every route needs a signed-in user; which
 * drafts a user may see or change is decided by the submission services, for every id in a URL.
 * The section forms are large (the contract section has 17 facts with sources), hence the limits.
 */
export function submissionRoutes(
  router: IRouter,
  app: Pick<AppDeps, 'config' | 'store' | 'logger'> & Partial<Pick<AppDeps, 'accounts'>>,
): void {
  const { accounts } = app;
  if (!accounts) return;
  const deps = { config: app.config, store: app.store, logger: app.logger, accounts };
  const form = protectedForm(deps.config, { limit: '400kb', parameterLimit: 4000 });
  router.use(['/supplier', '/drafts', '/curator'], privatePages(deps.config), requireUser);

  router.get('/supplier', requireRole('supplier'), supplierHomeController(deps));
  router.post('/drafts', form, openDraftController(deps));
  router.get('/drafts/new-service', newServicePageController(deps));
  router.post('/drafts/new-service', form, newServiceController(deps));
  router.get('/drafts/:draftId', draftPageController(deps));
  router.post('/drafts/:draftId/submit', form, submitController(deps));
  router.post('/drafts/:draftId/refresh', form, refreshController(deps));
  router.post('/drafts/:draftId/comments', form, commentController(deps));
  router.get('/drafts/:draftId/:section', sectionPageController(deps));
  router.post('/drafts/:draftId/:section', form, saveSectionController(deps));

  const curator = requireRole('curator');
  router.get('/curator', curator, queueController(deps));
  router.get('/curator/submissions/:draftId', curator, reviewPageController(deps));
  router.post('/curator/submissions/:draftId/decisions', curator, form, decisionController(deps));
  router.post('/curator/submissions/:draftId/return', curator, form, returnController(deps));
  router.post('/curator/submissions/:draftId/approve', curator, form, approveController(deps));
}
