import type { Slot } from './composition';

/** What a component does in a solution, as far as integration is concerned. */
export type Role = 'identity' | 'documents' | 'files' | 'mail' | 'calendar' | 'chat' | 'video';

/**
 * Which slots give a component which role: the catalogue's workplace functions (capabilities)
 * and categories. A slot not listed here gives no role.
 */
export const ROLE_SLOTS: Record<Role, { functions: string[]; categories: string[] }> = {
  identity: { functions: ['identity-portal'], categories: ['identity-access'] },
  documents: {
    functions: ['word-processing', 'spreadsheets', 'presentations'],
    categories: ['office-documents'],
  },
  files: { functions: ['file-storage'], categories: ['file-sharing'] },
  mail: { functions: ['mail-calendar'], categories: ['email-calendar'] },
  calendar: { functions: ['mail-calendar'], categories: ['email-calendar'] },
  chat: { functions: ['chat'], categories: ['chat'] },
  video: { functions: ['video-meetings'], categories: ['video-conferencing'] },
};

export type PairKind = 'identity' | 'documentsFiles' | 'mailCalendar' | 'chatVideo';

/**
 * The pairs that must work together and the open standards (vocabulary ids) through which they
 * can. Every component pairs with the identity service; the others pair by role.
 */
export const PAIR_RULES: readonly { kind: PairKind; roles: [Role, Role]; standards: string[] }[] = [
  {
    kind: 'identity',
    roles: ['identity', 'identity'],
    standards: ['openid-connect', 'saml', 'scim', 'ldap'],
  },
  { kind: 'documentsFiles', roles: ['documents', 'files'], standards: ['wopi', 'webdav'] },
  {
    kind: 'mailCalendar',
    roles: ['mail', 'calendar'],
    standards: ['caldav', 'carddav', 'icalendar', 'imap', 'smtp', 'jmap'],
  },
  { kind: 'chatVideo', roles: ['chat', 'video'], standards: ['matrix', 'xmpp', 'sip', 'webrtc'] },
];

export function rolesOf(slots: readonly Slot[]): Set<Role> {
  const roles = new Set<Role>();
  for (const [role, where] of Object.entries(ROLE_SLOTS) as [Role, (typeof ROLE_SLOTS)[Role]][]) {
    if (slots.some((s) => (s.kind === 'function' ? where.functions : where.categories).includes(s.id))) {
      roles.add(role);
    }
  }
  return roles;
}
