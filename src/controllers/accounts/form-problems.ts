import type { Response } from 'express';
import type { z } from 'zod';
import type { FieldProblem } from '../../services/accounts/accounts';

import type { ShownProblem } from '../../presenters/accounts/shown-problem';

export type { ShownProblem };

/** Translates service problems (`accounts.errors.<code>`) for the error summary. */
export function shownProblems(res: Response, problems: FieldProblem[]): ShownProblem[] {
  const t = res.locals.t as (key: string, params?: Record<string, string | number>) => string;
  return problems.map((p) => ({
    field: p.field,
    href: `#${p.field}`,
    message: t(`accounts.errors.${p.code}`),
  }));
}

/** The first problem of each field of a failed zod parse, as service problems. */
export function zodProblems(error: z.ZodError, codes: Record<string, string>): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, code: codes[field] ?? 'invalid' });
  }
  return problems;
}

/** Only a path on this site: no scheme, no protocol-relative `//host`, no backslash tricks. */
export function localPath(value: unknown, fallback: string): string {
  return typeof value === 'string' &&
    value.length <= 2000 &&
    /^\/(?![/\\])/.test(value) &&
    !/[\r\n]/.test(value)
    ? value
    : fallback;
}

/** The client address for the audit trail and the throttle (honours TRUST_PROXY). */
export function clientAddress(req: { ip?: string }): string {
  return req.ip ?? 'unknown';
}
