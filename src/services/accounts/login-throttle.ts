import type { Knex } from 'knex';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { knexQueryClient } from '../../repositories/accounts/login-throttle.repository';

export type ThrottleConfig = Pick<
  Config,
  'loginMaxFailuresPerAccount' | 'loginMaxFailuresPerAddress' | 'loginThrottleMinutes'
>;

/**
 * Failed logins counted per account (the e-mail address as typed, whether or not it has an
 * account, so the answer never tells) and per client address, in PostgreSQL with
 * rate-limiter-flexible (table `login_throttle`), shared by every app instance. When either count
 * reaches its limit within the window, login is refused until the window has passed.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(knex: Knex, config: ThrottleConfig) {
    const common = {
      storeClient: knexQueryClient(knex),
      storeType: 'client',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: config.loginThrottleMinutes * 60,
    };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-account',
      points: config.loginMaxFailuresPerAccount,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-address',
      points: config.loginMaxFailuresPerAddress,
    });
  }

  /** Milliseconds until login may be tried again for this account or address; 0 when allowed. */
  async retryAfterMs(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.perAccount.get(accountKey(email)),
      this.perAddress.get(address),
    ]);
    return Math.max(blockedFor(account, this.perAccount.points), blockedFor(client, this.perAddress.points));
  }

  /** Counts a failed attempt against the account and the address. */
  async failed(email: string, address: string): Promise<void> {
    await this.perAccount.penalty(accountKey(email));
    await this.perAddress.penalty(address);
  }

  /** A successful login clears the account's count (the address keeps its count). */
  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 200);
}

function blockedFor(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.max(res.msBeforeNext, 1);
}
