import type { UserRow } from '../../domain/accounts/account.types';
import { ROLES } from '../../domain/accounts/account.types';
import type { Provider } from '../../domain/catalogue.types';
import type { ShownProblem } from '../accounts/shown-problem';
import { formatDateTime } from '../date-time';
import type { Lang } from '../../domain/lang';

type T = (key: string, params?: Record<string, string | number>) => string;

export interface UserView {
  id: number;
  email: string;
  name: string;
  role: string;
  roleLabel: string;
  providerId: string;
  providerName: string;
  state: 'active' | 'invited' | 'deactivated';
  stateLabel: string;
  lastLogin: string;
  isMe: boolean;
}

/** The administrators' users page: the table of users and the invitation form. */
export function presentUsersPage(input: {
  users: UserRow[];
  providers: Map<string, Provider>;
  me: number | undefined;
  flash?: { kind: 'success' | 'error'; text: string; link?: string };
  values: Record<string, string>;
  problems: ShownProblem[];
  t: T;
  lang: Lang;
}) {
  const { t } = input;
  const users: UserView[] = input.users.map((u) => {
    const state = u.deactivated_at ? 'deactivated' : u.password_hash ? 'active' : 'invited';
    return {
      id: u.id,
      email: u.email,
      name: u.name ?? '',
      role: u.role,
      roleLabel: t(`accounts.roles.${u.role}`),
      providerId: u.provider_id ?? '',
      providerName: u.provider_id ? (input.providers.get(u.provider_id)?.name ?? u.provider_id) : '',
      state,
      stateLabel: t(`admin.users.state.${state}`),
      lastLogin: formatDateTime(u.last_login_at, input.lang) || '—',
      isMe: u.id === input.me,
    };
  });
  return {
    title: t('admin.users.title'),
    breadcrumbs: [
      { href: '/account', label: t('accounts.account.title') },
      { label: t('admin.users.title') },
    ],
    users,
    roles: ROLES.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) })),
    providers: [...input.providers.values()]
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    flash: input.flash,
    values: { email: '', role: 'supplier', provider: '', name: '', ...input.values },
    problems: input.problems,
    problemFor: (field: string) => input.problems.find((p) => p.field === field)?.message,
  };
}
