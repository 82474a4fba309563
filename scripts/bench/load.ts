import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Responses that were not 2xx, plus socket errors and timeouts: any of these spoils the figure. */
  failures: number;
  /** The same, split: which it was. */
  non2xx: number;
  timeouts: number;
  bytesPerRequest: number;
}

/**
 * Drives one URL with `connections` concurrent keep-alive connections for `seconds`. With `vary`,
 * each request goes to the next path `vary()` gives (on the same origin): URLs no cached page can
 * answer, so every request measures what computing its page costs.
 */
export async function drive(
  url: string,
  seconds: number,
  connections: number,
  vary?: () => string,
): Promise<LoadResult> {
  const requests = vary
    ? [{ setupRequest: (req: { path?: string }) => ({ ...req, path: vary() }) }]
    : undefined;
  const result = await autocannon({ url, connections, duration: seconds, ...(requests ? { requests } : {}) });
  const total = Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerRequest: (result.throughput.average * seconds) / total,
  };
}
