import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import {
  accountPageController,
  loginController,
  loginPageController,
  logoutController,
} from '../controllers/accounts/login.controller';
import { linkController } from '../controllers/accounts/link.controller';
import {
  auditCsvController,
  auditPageController,
  outboxPageController,
} from '../controllers/admin/audit.controller';
import {
  activeController,
  inviteController,
  resetController,
  roleController,
  usersPageController,
} from '../controllers/admin/users.controller';
import { requireRole, requireUser } from '../middleware/auth';
import { privatePages, protectedForm } from '../middleware/private-pages';
import { SESSION_COOKIE, clearHostSessionCookie } from '../middleware/session';

/**
 * Accounts (issue 15): sign-in and out, one-time links, and the administrators' pages for users,
 * outbox and audit trail. Registered only when the app has a database (deps.accounts).
 */
export function accountRoutes(
  router: IRouter,
  deps: Pick<AppDeps, 'config' | 'store'> & Partial<Pick<AppDeps, 'accounts'>>,
): void {
  const { accounts, config } = deps;
  if (!accounts) return;
  // Personal data and one-time links: never stored. The account forms are small.
  const form = protectedForm(config, { limit: '20kb', parameterLimit: 50 });
  router.use(
    ['/login', '/logout', '/account', '/invitation', '/password-reset', '/setup', '/admin'],
    privatePages(config),
  );

  router.get('/login', loginPageController());
  router.post('/login', form, loginController(accounts));
  router.post('/logout', form, clearHostSessionCookie, logoutController(SESSION_COOKIE));
  router.get('/account', requireUser, accountPageController());
  for (const [path, purpose] of [
    ['/invitation/:token', 'invitation'],
    ['/password-reset/:token', 'reset'],
    ['/setup/:token', 'setup'],
  ] as const) {
    const link = linkController(accounts, purpose);
    router.get(path, link.show);
    router.post(path, form, link.submit);
  }

  const admin = requireRole('admin');
  const users = { ...deps, accounts };
  router.get('/admin/users', admin, usersPageController(users));
  router.post('/admin/users', admin, form, inviteController(users));
  router.post('/admin/users/:id/role', admin, form, roleController(users));
  router.post('/admin/users/:id/deactivate', admin, form, activeController(users, false));
  router.post('/admin/users/:id/activate', admin, form, activeController(users, true));
  router.post('/admin/users/:id/reset', admin, form, resetController(users));
  router.get('/admin/outbox', admin, outboxPageController(accounts.knex));
  router.get('/admin/audit', admin, auditPageController(accounts.knex));
  router.get('/admin/audit.csv', admin, auditCsvController(accounts.knex));
}
