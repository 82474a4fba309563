import pino from 'pino';
import type { Logger } from '../../../src/logger';

/** A real pino logger whose JSON lines are kept in memory, so tests can assert on what was logged. */
export function captureLogger(): { logger: Logger; messages: () => string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    messages: () => lines.map((line) => String((JSON.parse(line) as { msg?: unknown }).msg ?? '')),
  };
}
