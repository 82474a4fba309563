import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { ROLES, type Role } from '../../db/account-tables';
import { NotFoundError } from '../../errors';
import { listUsers } from '../../repositories/accounts/users.repository';
import type { Accounts, FieldProblem } from '../../services/accounts/accounts';
import { clientAddress, shownProblems, zodProblems } from '../accounts/form-problems';
import { presentUsersPage } from '../../presenters/admin/users-page.presenter';

const InviteForm = z.object({
  email: z.string().trim().max(320).email(),
  role: z.enum(ROLES as [Role, ...Role[]]),
  provider: z.string().trim().max(80).optional(),
  name: z.string().trim().max(200).optional(),
});

const RoleForm = z.object({
  role: z.enum(ROLES as [Role, ...Role[]]),
  provider: z.string().trim().max(80).optional(),
});

// Digits only: `0x10`, `1e3`, `+5` or `05` must not be read as another user's id.
const UserId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2 ** 31 - 1));

type Deps = Pick<AppDeps, 'store'> & { accounts: Accounts };

function userIdParam(req: Request): number {
  const parsed = UserId.safeParse(req.params.id);
  if (!parsed.success) throw new NotFoundError('page');
  return parsed.data;
}

async function renderUsers(
  deps: Deps,
  req: Request,
  res: Response,
  status: number,
  form: { values?: Record<string, string>; problems?: FieldProblem[] } = {},
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
    }),
  );
}

/** GET /admin/users: every user with their role, provider and state; the invitation form. */
export function usersPageController(deps: Deps): RequestHandler {
  return (req, res) => renderUsers(deps, req, res, 200);
}

/** POST /admin/users: invites a user; the link goes by e-mail or into the outbox. */
export function inviteController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const raw = (req.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      ['email', 'role', 'provider', 'name'].map((k) => [
        k,
        typeof raw[k] === 'string' ? String(raw[k]).slice(0, 320) : '',
      ]),
    );
    const parsed = InviteForm.safeParse(raw);
    if (!parsed.success)
      return renderUsers(deps, req, res, 400, {
        values,
        problems: zodProblems(parsed.error, {
          email: 'emailInvalid',
          role: 'roleInvalid',
          provider: 'providerUnknown',
        }),
      });
    const { email, role, provider, name } = parsed.data;
    const result = await deps.accounts.invite(
      { email, role, providerId: provider || null, name: name || null },
      req.user ?? null,
      clientAddress(req),
    );
    if (!result.ok) return renderUsers(deps, req, res, 400, { values, problems: result.problems });
    const t = res.locals.t as (key: string, params?: Record<string, string>) => string;
    req.session.flash = {
      kind: 'success',
      text: t(`admin.users.flash.invited.${result.delivery}`, { email }),
      ...(result.delivery === 'outbox' ? { link: result.link } : {}),
    };
    res.redirect(303, '/admin/users');
  };
}

/** POST /admin/users/:id/role: a new role (and provider, for a supplier). */
export function roleController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = userIdParam(req);
    const parsed = RoleForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderUsers(deps, req, res, 400, {
        problems: zodProblems(parsed.error, { role: 'roleInvalid' }),
      });
    const result = await deps.accounts.changeRole(
      id,
      { role: parsed.data.role, providerId: parsed.data.provider || null },
      req.user as NonNullable<Request['user']>,
      clientAddress(req),
    );
    if (!result) throw new NotFoundError('page');
    if (!result.ok) return renderUsers(deps, req, res, 400, { problems: result.problems });
    const t = res.locals.t as (key: string, params?: Record<string, string>) => string;
    req.session.flash = {
      kind: 'success',
      text: t('admin.users.flash.roleChanged', { email: result.user.email }),
    };
    res.redirect(303, '/admin/users');
  };
}

/** POST /admin/users/:id/deactivate and /activate. Deactivation signs the user out at once. */
export function activeController(deps: Deps, active: boolean): RequestHandler {
  return async (req, res) => {
    const id = userIdParam(req);
    const result = await deps.accounts.setActive(
      id,
      active,
      req.user as NonNullable<Request['user']>,
      clientAddress(req),
    );
    if (!result) throw new NotFoundError('page');
    if (!result.ok) return renderUsers(deps, req, res, 400, { problems: result.problems });
    const t = res.locals.t as (key: string, params?: Record<string, string>) => string;
    req.session.flash = {
      kind: 'success',
      text: t(active ? 'admin.users.flash.activated' : 'admin.users.flash.deactivated', {
        email: result.user.email,
      }),
    };
    res.redirect(303, '/admin/users');
  };
}

/** POST /admin/users/:id/reset: a one-time password-reset link for the user. */
export function resetController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = userIdParam(req);
    const result = await deps.accounts.issueReset(
      id,
      req.user as NonNullable<Request['user']>,
      clientAddress(req),
    );
    if (!result) throw new NotFoundError('page');
    const t = res.locals.t as (key: string) => string;
    req.session.flash = {
      kind: 'success',
      text: t(`admin.users.flash.reset.${result.delivery}`),
      ...(result.delivery === 'outbox' ? { link: result.link } : {}),
    };
    res.redirect(303, '/admin/users');
  };
}
