import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { translator } from '../i18n/i18n';
import { apiLang } from './api-http';

/**
 * Open CORS for the read-only API (it is open data): any origin may GET, and may read the cache
 * and rate-limit headers. Preflights (e.g. for If-None-Match) are answered here. Helmet's
 * same-origin resource policy is lifted for the same reason.
 */
export function openCors(): RequestHandler {
  return (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Retry-After, RateLimit, RateLimit-Policy',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    if (req.method === 'OPTIONS') {
      res.set({
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match, If-Modified-Since',
        'Access-Control-Max-Age': '86400',
      });
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * At most `perMinute` requests per client address per minute; beyond that a JSON 429 in the API's
 * error shape with Retry-After. Counts are kept in memory, per app instance.
 */
export function apiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      const t = translator(apiLang(req));
      res.status(options.statusCode).json({
        error: {
          code: 'too_many_requests',
          message: t('api.errors.tooManyRequests', { limit: perMinute }),
          details: [],
        },
      });
    },
  });
}
