import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './paths';

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
  ASSESSMENT_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  /** Public base URL, used in CSV exports and absolute links. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
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
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: path.resolve(PROJECT_ROOT, e.PGLITE_DIR),
    pgliteMemory: e.PGLITE_MEMORY ?? false,
    logLevel: e.LOG_LEVEL,
    assessmentDate: e.ASSESSMENT_DATE,
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/$/, ''),
    dbHealthIntervalMs: e.DB_HEALTH_INTERVAL_MS,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    sessionSecret: e.SESSION_SECRET ?? 'development-only-secret-change-me',
    trustProxy: e.TRUST_PROXY,
    adminToken: e.ADMIN_TOKEN,
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
    forecastDays: e.FORECAST_DAYS,
  };
}
