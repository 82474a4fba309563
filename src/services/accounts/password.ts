import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** OWASP's scrypt parameters: N = 2^17, r = 8, p = 1 (128 MiB, about a tenth of a second of CPU). */
export const DEFAULT_SCRYPT_N = 131072;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** PHC string format: $scrypt$ln=17,r=8,p=1$<salt>$<hash> (base64 without padding). */
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function scryptOptions(n: number, r: number, p: number): crypto.ScryptOptions {
  // Node's default maxmem (32 MiB) is below what N = 2^17 needs (128 * N * r bytes).
  return { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 };
}

const b64 = (buf: Buffer): string => buf.toString('base64').replace(/=+$/, '');

/** Hashes a password with scrypt from node:crypto and a random salt; returns a PHC string. */
export async function hashPassword(password: string, n: number = DEFAULT_SCRYPT_N): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, scryptOptions(n, R, P));
  return `$scrypt$ln=${Math.log2(n)},r=${R},p=${P}$${b64(salt)}$${b64(key)}`;
}

/** Whether the password matches the stored hash (constant-time); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = PHC.exec(stored);
  if (!m) return false;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (ln < 10 || ln > 20 || r < 1 || p < 1) return false;
  const salt = Buffer.from(m[4], 'base64');
  const expected = Buffer.from(m[5], 'base64');
  const key = await scrypt(password.normalize('NFC'), salt, expected.length, scryptOptions(2 ** ln, r, p));
  return crypto.timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with weaker parameters than the current ones (rehash at login). */
export function needsRehash(stored: string, n: number = DEFAULT_SCRYPT_N): boolean {
  const m = PHC.exec(stored);
  return !m || 2 ** Number(m[1]) < n || Number(m[2]) < R;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no account (or no password yet), so that the
 * response time does not tell whether an e-mail address has an account.
 */
export async function verifyAgainstNothing(password: string, n: number = DEFAULT_SCRYPT_N): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'), n);
  await verifyPassword(password, await dummyHash);
  return false;
}
