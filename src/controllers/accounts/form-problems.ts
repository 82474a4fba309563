import type { Response } from 'express';
import type { ShownProblem } from '../../presenters/accounts/shown-problem';
import type { FieldProblem } from '../../services/accounts/accounts';
import { accountError } from '../../validators/account-form';
import type { Problem } from '../../validators/problem';

export type { ShownProblem };

/** The problems for the error summary and next to their fields, in the page's language. */
export function shownProblems(res: Response, problems: readonly Problem[]): ShownProblem[] {
  const t = res.locals.t as (key: string, params?: Record<string, string | number>) => string;
  return problems.map((p) => ({
    field: p.parameter,
    href: `#${p.parameter}`,
    message: t(p.code, { parameter: p.parameter, ...p.params }),
  }));
}

/**
 * The accounts service's refusals (an address already taken, an unknown provider, the last
 * administrator) as problems of the form's fields; `suffix` names the fields of one row's form.
 */
export function serviceProblems(problems: readonly FieldProblem[], suffix = ''): Problem[] {
  return problems.map((p) => ({ parameter: `${p.field}${suffix}`, code: accountError(p.code) }));
}

/** The client address for the audit trail and the throttle (honours TRUST_PROXY). */
export function clientAddress(req: { ip?: string }): string {
  return req.ip ?? 'unknown';
}
