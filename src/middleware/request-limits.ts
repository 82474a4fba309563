import type { RequestHandler } from 'express';
import { BadRequestError } from '../errors';

/** Longest URL accepted; every real filter combination fits in far less. */
export const MAX_URL_LENGTH = 4096;
/** Most query parameters (counting repeats) accepted in one request. */
export const MAX_QUERY_PARAMETERS = 200;

/**
 * Rejects oversized URLs and URLs that are not valid percent-encoding before any route sees them,
 * so no handler has to guard against them (and decodeURIComponent never throws later).
 */
export function requestLimits(): RequestHandler {
  return (req, _res, next) => {
    if (req.originalUrl.length > MAX_URL_LENGTH) {
      return next(
        new BadRequestError([{ parameter: 'url', message: `longer than ${MAX_URL_LENGTH} characters` }]),
      );
    }
    const queryStart = req.originalUrl.indexOf('?');
    const query = queryStart >= 0 ? req.originalUrl.slice(queryStart + 1) : '';
    try {
      decodeURIComponent(req.path);
      for (const part of query.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return next(new BadRequestError([{ parameter: 'url', message: 'invalid percent-encoding' }]));
    }
    if (query && query.split('&').length > MAX_QUERY_PARAMETERS) {
      return next(
        new BadRequestError([{ parameter: 'url', message: `more than ${MAX_QUERY_PARAMETERS} parameters` }]),
      );
    }
    next();
  };
}
