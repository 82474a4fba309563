import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../../app-deps';
import type { UserRow } from '../../db/account-tables';
import { NotFoundError } from '../../errors';
import { listUsers } from '../../repositories/accounts/users.repository';
import type { Accounts, Outcome } from '../../services/accounts/accounts';
import { typedValues } from '../../validators/account-form';
import type { Problem } from '../../validators/problem';
import { parseInviteForm, parseRoleForm, parseUserId } from '../../validators/user-forms';
import { clientAddress, serviceProblems, shownProblems } from '../accounts/form-problems';
import { presentUsersPage } from '../../presenters/admin/users-page.presenter';

type Deps = Pick<AppDeps, 'store'> & { accounts: Accounts };
type Flash = NonNullable<Request['session']['flash']>;
type T = (key: string, params?: Record<string, string>) => string;

/** What an action on one user comes to: back to the list with a message, the page again with its problems, or 404. */
type UserActionResult = { ok: true; flash: Flash } | { ok: false; problems: Problem[] } | undefined;

const adminOf = (req: Request) => req.user as NonNullable<Request['user']>;

async function renderUsers(
  deps: Deps,
  req: Request,
  res: Response,
  status: number,
  form: { values?: Record<string, string>; problems?: Problem[] } = {},
): Promise<void> {
  const users = await listUsers(deps.accounts.knex);
  const flash = req.session.flash;
  delete req.session.flash;
  res.status(status).render(
    'pages/admin/users',
    presentUsersPage({
      users,
      providers: deps.store.current().providers,
      me: req.user?.id,
      flash,
      values: form.values ?? {},
      problems: shownProblems(res, form.problems ?? []),
      t: res.locals.t,
      lang: res.locals.lang,
    }),
  );
}

/** Back to the users page with a message for it (POST-redirect-GET). */
function backWith(req: Request, res: Response, flash: Flash): void {
  req.session.flash = flash;
  res.redirect(303, '/admin/users');
}

/**
 * POST /admin/users/:id/…: the id from the path (anything but a positive integer is a page that
 * does not exist), then the action; an unknown user is a 404, problems show the page again (400)
 * next to the fields of that user's row.
 */
function userAction(
  deps: Deps,
  act: (req: Request, id: number, t: T) => Promise<UserActionResult>,
): RequestHandler {
  return async (req, res) => {
    const id = parseUserId(req.params.id);
    if (!id.ok) throw new NotFoundError('page');
    const result = await act(req, id.value, res.locals.t as T);
    if (!result) throw new NotFoundError('page');
    if (!result.ok) return renderUsers(deps, req, res, 400, { problems: result.problems });
    backWith(req, res, result.flash);
  };
}

/** A change of a user by the accounts service, as the result of a user action. */
function changed(
  outcome: Outcome<{ user: UserRow }> | undefined,
  id: number,
  text: (user: UserRow) => string,
): UserActionResult {
  if (!outcome) return undefined;
  if (!outcome.ok) return { ok: false, problems: serviceProblems(outcome.problems, `-${id}`) };
  return { ok: true, flash: { kind: 'success', text: text(outcome.user) } };
}

/** GET /admin/users: every user with their role, provider and state; the invitation form. */
export function usersPageController(deps: Deps): RequestHandler {
  return (req, res) => renderUsers(deps, req, res, 200);
}

/** POST /admin/users: invites a user; the link goes by e-mail or into the outbox. */
export function inviteController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const values = typedValues(req.body, ['email', 'role', 'provider', 'name']);
    const form = parseInviteForm(req.body);
    if (!form.ok) return renderUsers(deps, req, res, 400, { values, problems: form.problems });
    const result = await deps.accounts.invite(form.value, req.user ?? null, clientAddress(req));
    if (!result.ok)
      return renderUsers(deps, req, res, 400, { values, problems: serviceProblems(result.problems) });
    const t = res.locals.t as T;
    backWith(req, res, {
      kind: 'success',
      text: t(`admin.users.flash.invited.${result.delivery}`, { email: form.value.email }),
      ...(result.delivery === 'outbox' ? { link: result.link } : {}),
    });
  };
}

/** POST /admin/users/:id/role: a new role (and provider, for a supplier). */
export const roleController = (deps: Deps): RequestHandler =>
  userAction(deps, async (req, id, t) => {
    const form = parseRoleForm(req.body);
    if (!form.ok)
      return { ok: false, problems: form.problems.map((p) => ({ ...p, parameter: `${p.parameter}-${id}` })) };
    const outcome = await deps.accounts.changeRole(id, form.value, adminOf(req), clientAddress(req));
    return changed(outcome, id, (user) => t('admin.users.flash.roleChanged', { email: user.email }));
  });

/** POST /admin/users/:id/deactivate and /activate. Deactivation signs the user out at once. */
export const activeController = (deps: Deps, active: boolean): RequestHandler =>
  userAction(deps, async (req, id, t) => {
    const outcome = await deps.accounts.setActive(id, active, adminOf(req), clientAddress(req));
    const key = active ? 'admin.users.flash.activated' : 'admin.users.flash.deactivated';
    return changed(outcome, id, (user) => t(key, { email: user.email }));
  });

/** POST /admin/users/:id/reset: a one-time password-reset link for the user. */
export const resetController = (deps: Deps): RequestHandler =>
  userAction(deps, async (req, id, t) => {
    const result = await deps.accounts.issueReset(id, adminOf(req), clientAddress(req));
    if (!result) return undefined;
    return {
      ok: true,
      flash: {
        kind: 'success',
        text: t(`admin.users.flash.reset.${result.delivery}`),
        ...(result.delivery === 'outbox' ? { link: result.link } : {}),
      },
    };
  });
