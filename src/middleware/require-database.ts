import type { RequestHandler } from 'express';
import { ServiceUnavailableError } from '../errors';
import type { DatabaseHealth } from '../services/health/database-health';

/** Answers 503 (page or JSON) while the database is unreachable; see DatabaseHealth. */
export function requireDatabase(health: DatabaseHealth): RequestHandler {
  return (_req, _res, next) => {
    next(health.isUp() ? undefined : new ServiceUnavailableError());
  };
}
