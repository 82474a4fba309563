/** One problem with a request parameter, shown on the 400 page and in API errors. */
export interface ParameterProblem {
  parameter: string;
  /** The message key (src/validators/problem.ts), where the response shows it. */
  code?: string;
  message: string;
  allowed?: string[];
}

/** Thrown when a query string, path parameter or form body is invalid → 400. */
export class BadRequestError extends Error {
  constructor(readonly problems: ParameterProblem[]) {
    super(problems.map((p) => `${p.parameter}: ${p.message}`).join('; '));
  }
}

/**
 * Thrown when a catalogue id (category, service, provider, …) does not exist → 404. `parameter`
 * names the query parameter that held the id, when it came from one.
 */
export class NotFoundError extends Error {
  constructor(
    readonly kind: 'page' | 'category' | 'service' | 'provider' | 'capability',
    readonly id?: string,
    readonly parameter?: string,
  ) {
    super(
      (id ? `${kind} not found: ${id}` : `${kind} not found`) +
        (parameter ? ` (parameter ${parameter})` : ''),
    );
  }
}

/** Thrown (or set by the health middleware) when the database is unreachable → 503. */
export class ServiceUnavailableError extends Error {
  constructor(message = 'database unavailable') {
    super(message);
  }
}

/** Thrown when a page or action needs a signed-in user and there is none → 401 (the login form). */
export class UnauthorizedError extends Error {
  constructor() {
    super('sign-in required');
  }
}

/**
 * Thrown when the request is refused → 403: the signed-in user lacks the role or the record is not
 * theirs (`role`), or a form came without a valid CSRF token (`csrf`).
 */
export class ForbiddenError extends Error {
  constructor(readonly reason: 'role' | 'csrf' = 'role') {
    super(reason === 'csrf' ? 'invalid or missing CSRF token' : 'not allowed');
  }
}
