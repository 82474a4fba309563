import http from 'node:http';
import type { FuzzRequest } from './generate-requests';

const REQUEST_TIMEOUT_MS = 10_000;

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends the request line exactly as generated (supertest and fetch would normalise or re-encode
 * it, hiding raw `<`, `"` and broken percent-encoding from the app).
 */
export function sendRaw(port: number, agent: http.Agent, request: FuzzRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const req = http.request(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A request the server never answers is a failure of its own, not a hung test.
    req.setTimeout(REQUEST_TIMEOUT_MS, () =>
      req.destroy(new Error(`no response within ${REQUEST_TIMEOUT_MS} ms`)),
    );
    req.end(request.body);
  });
}

/** Runs `task` over `items` with at most `limit` in flight, keeping results in order. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < items.length) {
      const i = nextIndex++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
