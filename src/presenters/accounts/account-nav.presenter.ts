import type { Role } from '../../domain/accounts/account.types';
import type { Translate } from '../../i18n/i18n';

export type AccountNavView =
  | { signedIn: false; signIn: { href: string; label: string } }
  | {
      signedIn: true;
      role: Role;
      /** The user's name, or the e-mail address when no name is known. */
      name: string;
      links: { href: string; label: string }[];
      /** The CSRF token of the sign-out form (made when the page asks for it). */
      csrfToken: () => string;
    };

/** The pages of each role's own area, in the header. */
const AREA: Record<Role, { href: string; key: string }[]> = {
  supplier: [{ href: '/supplier', key: 'drafts' }],
  curator: [{ href: '/curator', key: 'review' }],
  admin: [
    { href: '/admin/users', key: 'users' },
    { href: '/admin/audit', key: 'audit' },
    { href: '/admin/outbox', key: 'outbox' },
  ],
};

/**
 * The account part of the site header: "sign in" for anonymous visitors (the same for all of them,
 * so their pages stay cacheable), else who is signed in, the pages of their role and "sign out".
 */
export function presentAccountNav(
  user: { email: string; name: string | null; role: Role } | undefined,
  t: Translate,
  csrfToken: () => string,
): AccountNavView {
  if (!user) return { signedIn: false, signIn: { href: '/login', label: t('common.account.signIn') } };
  return {
    signedIn: true,
    role: user.role,
    name: user.name || user.email,
    links: AREA[user.role].map((l) => ({ href: l.href, label: t(`common.account.${l.key}`) })),
    csrfToken,
  };
}
