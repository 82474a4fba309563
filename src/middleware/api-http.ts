import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { DEFAULT_LANG, isLang, translator, type Lang } from '../i18n/i18n';
import { onlyParameters } from '../validators/api-query';
import { validOrThrow } from '../validators/problem';

/** Fresh for a minute, then revalidated with the ETag (cheap: a 304 without building the body). */
export const API_CACHE_CONTROL = 'public, max-age=60';

/**
 * The language of message texts in API responses: `?lang=` only, else Dutch. Not the cookie, so
 * a URL always returns the same body and caches need no `Vary: Cookie`.
 */
export function apiLang(req: Request): Lang {
  return isLang(req.query.lang) ? req.query.lang : DEFAULT_LANG;
}

/** Rejects every query parameter but the listed ones (endpoints without filters take only `lang`). */
export function rejectUnknownParameters(req: Request, allowed: readonly string[] = ['lang']): void {
  validOrThrow(onlyParameters(req.query, allowed), translator(apiLang(req)));
}

/** A weak ETag from the read model version and the URL: equal while neither changes. */
export function apiEtag(version: string, url: string): string {
  return `W/"${createHash('sha256').update(`${version}\u0000${url}`).digest('base64url').slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag));
}

/**
 * Sends a JSON body with Cache-Control and ETag, or 304 when the client already holds it. The body
 * is only built when needed. Call after validation, so error responses carry no cache headers.
 */
export function sendCachedJson(req: Request, res: Response, version: string, build: () => unknown): void {
  const etag = apiEtag(version, req.originalUrl);
  // A shared cache must not store (or replay) the language cookie that `?lang=` sets for the pages.
  res.removeHeader('Set-Cookie');
  res.set({ ETag: etag, 'Cache-Control': API_CACHE_CONTROL });
  if (matches(req.get('If-None-Match'), etag)) {
    res.status(304).end();
    return;
  }
  const body = build();
  if (body instanceof RawJson) res.type('application/json').send(body.text);
  else res.json(body);
}

/** A body that is already JSON text (e.g. a large document serialised once per catalogue). */
export class RawJson {
  constructor(readonly text: string | Buffer) {}
}
