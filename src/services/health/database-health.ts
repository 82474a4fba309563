import type { Logger } from '../../logger';

/**
 * Tracks whether the database answers. Pages are served from memory, but while the durable store is
 * unreachable the catalogue cannot be trusted to be current, so pages answer 503 until it returns.
 * A periodic ping notices both the outage and the recovery without a restart.
 */
export class DatabaseHealth {
  private up = true;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly ping: () => Promise<void>,
    private readonly logger?: Logger,
    private readonly onRecover?: () => Promise<void>,
  ) {}

  isUp(): boolean {
    return this.up;
  }

  /** Pings now; updates and returns the state. */
  async check(): Promise<boolean> {
    try {
      await this.ping();
      if (!this.up) {
        this.logger?.info('database reachable again');
        this.up = true;
        await this.onRecover?.().catch((err: unknown) =>
          this.logger?.error({ err }, 'reload after recovery failed'),
        );
      }
    } catch (err) {
      if (this.up) this.logger?.error({ err }, 'database unreachable');
      this.up = false;
    }
    return this.up;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
