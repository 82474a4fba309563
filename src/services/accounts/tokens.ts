import crypto from 'node:crypto';

/** A new one-time token for a link (256 random bits, base64url). Only its hash is stored. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** The stored form of a token: SHA-256, hex. A token of high entropy needs no salt or slow hash. */
export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Whether a string can be a token at all (checked before any database lookup). */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
