import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './paths';
import { isIsoDate } from './domain/iso-date';

const bool = z
  .enum(['1', '0', 'true', 'false', ''])
  .transform((v) => v === '1' || v === 'true')
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PostgreSQL server; when absent the embedded PostgreSQL (PGlite) is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database (git-ignored). */
  PGLITE_DIR: z.string().min(1).default(path.join('data', 'pglite')),
  /** Run the embedded database in memory (nothing kept on disk). */
  PGLITE_MEMORY: bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Fixes the assessment date (YYYY-MM-DD), e.g. for reproducible exports; default: today. */
  ASSESSMENT_DATE: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD').optional(),
  /** Public base URL, used in CSV exports and absolute links; default http://localhost:<PORT>. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** How often the database is pinged to notice an outage (ms). */
  DB_HEALTH_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  /** API requests per minute per client address. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Secret for CSRF tokens; required in production. */
  SESSION_SECRET: z.string().min(16).optional(),
  /** Enables POST /api/admin/catalogue (import into the running app) for this bearer token. */
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Trust X-Forwarded-* from this many proxies (behind a load balancer). */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /**
   * How far V8 lets the heap grow past what is live before a full collection, in percent; 0 leaves
   * it to V8 (up to 300% on a large machine). See src/runtime/heap-growth.ts.
   */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(100),
  /** How many days ahead /changes/upcoming and the service page look for expiring evidence. */
  FORECAST_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  /** Send e-mail through this SMTP server (smtp:// or smtps://); unset = the outbox in the app. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** Sender of the app's e-mail. */
  MAIL_FROM: z.string().min(3).default('Cloudmarkt <noreply@cloudmarkt.invalid>'),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** A session ends this many hours after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  /** How long an invitation link stays valid. */
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /** How long a password-reset link (and the first-run set-up link) stays valid. */
  RESET_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Failed logins per account, and per client address, before login is refused for a while. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** The window of those counts, and how long login stays refused, in minutes. */
  LOGIN_THROTTLE_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * scrypt cost N for new password hashes (a power of two). The default, 2^17 with r=8 and p=1, is
   * OWASP's recommendation; production refuses less. Tests lower it to save CPU.
   */
  PASSWORD_SCRYPT_N: z.coerce
    .number()
    .int()
    .min(16384)
    .max(1048576)
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two')
    .default(131072),
  /** How often expired sessions, spent links, old login counters and old mail are removed. */
  CLEANUP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /** One-time links are removed this many days after they were used or expired. */
  TOKEN_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  /** Mail sent (or left in the outbox) is removed after this many days. */
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  pgliteDir: string;
  pgliteMemory: boolean;
  logLevel: string;
  assessmentDate?: string;
  publicBaseUrl: string;
  dbHealthIntervalMs: number;
  apiRateLimitPerMinute: number;
  sessionSecret: string;
  trustProxy: number;
  adminToken?: string;
  heapGrowingPercent: number;
  forecastDays: number;
  smtpUrl?: string;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  invitationTtlHours: number;
  resetTtlHours: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginThrottleMinutes: number;
  passwordScryptN: number;
  cleanupIntervalMinutes: number;
  tokenRetentionDays: number;
  mailRetentionDays: number;
}

export class ConfigError extends Error {}

/**
 * The only reader of process.env. Validates at start-up and fails fast with every problem named;
 * every key has a development default except SESSION_SECRET in production.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET is required when NODE_ENV=production');
  }
  if (e.NODE_ENV === 'production' && e.PASSWORD_SCRYPT_N < 131072) {
    throw new ConfigError('Invalid configuration: PASSWORD_SCRYPT_N must be at least 131072 in production');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: path.resolve(PROJECT_ROOT, e.PGLITE_DIR),
    pgliteMemory: e.PGLITE_MEMORY ?? false,
    logLevel: e.LOG_LEVEL,
    assessmentDate: e.ASSESSMENT_DATE,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dbHealthIntervalMs: e.DB_HEALTH_INTERVAL_MS,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    sessionSecret: e.SESSION_SECRET ?? 'development-only-secret-change-me',
    trustProxy: e.TRUST_PROXY,
    adminToken: e.ADMIN_TOKEN,
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
    forecastDays: e.FORECAST_DAYS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    invitationTtlHours: e.INVITATION_TTL_HOURS,
    resetTtlHours: e.RESET_TTL_HOURS,
    loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
    loginThrottleMinutes: e.LOGIN_THROTTLE_MINUTES,
    passwordScryptN: e.PASSWORD_SCRYPT_N,
    cleanupIntervalMinutes: e.CLEANUP_INTERVAL_MINUTES,
    tokenRetentionDays: e.TOKEN_RETENTION_DAYS,
    mailRetentionDays: e.MAIL_RETENTION_DAYS,
  };
}
