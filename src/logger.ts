import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout (one line per event), as operators and log shippers expect. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'cloudmarkt' }, redact: ['req.headers.cookie'] });
}
