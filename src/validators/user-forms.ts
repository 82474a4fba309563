import { z } from 'zod';
import { ROLES, type Role } from '../domain/accounts/account.types';
import { accountError, parseForm } from './account-form';
import type { Validated } from './problem';

export interface InviteForm {
  email: string;
  role: Role;
  /** The provider of a supplier; null when left empty (the service requires it for a supplier). */
  providerId: string | null;
  name: string | null;
}

export interface RoleForm {
  role: Role;
  providerId: string | null;
}

const RoleValue = z.enum(ROLES as [Role, ...Role[]]);
const ProviderValue = z.string().trim().max(80).optional();

const Invite = z.object({
  email: z.string().trim().max(320).email(),
  role: RoleValue,
  provider: ProviderValue,
  name: z.string().trim().max(200).optional(),
});

const RoleChange = z.object({ role: RoleValue, provider: ProviderValue });

// Digits only: `0x10`, `1e3`, `+5` or `05` must not be read as another user's id.
const UserId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2 ** 31 - 1));

/** An administrator's invitation (POST /admin/users): address, role, provider of a supplier, name. */
export function parseInviteForm(body: unknown): Validated<InviteForm> {
  const parsed = parseForm(Invite, body, {
    email: 'emailInvalid',
    role: 'roleInvalid',
    provider: 'providerUnknown',
    name: 'invalid',
  });
  if (!parsed.ok) return parsed;
  const { email, role, provider, name } = parsed.value;
  return { ok: true, value: { email, role, providerId: provider || null, name: name || null } };
}

/** A new role for a user (POST /admin/users/:id/role), and the provider for a supplier. */
export function parseRoleForm(body: unknown): Validated<RoleForm> {
  const parsed = parseForm(RoleChange, body, { role: 'roleInvalid', provider: 'providerUnknown' });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { role: parsed.value.role, providerId: parsed.value.provider || null } };
}

/** A user id from a path: a positive 32-bit integer; anything else is a page that does not exist. */
export function parseUserId(raw: unknown): Validated<number> {
  const parsed = UserId.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: [{ parameter: 'id', code: accountError('invalid') }] };
}
