import * as cheerio from 'cheerio';
import type { FuzzRequest } from './generate-requests';
import type { RawResponse } from './send-raw';

const STACK_TRACE = /\n\s+at .+\.(ts|js):\d+|node_modules\//;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

/**
 * Everything wrong with one response, as readable sentences (empty = fine): a 5xx, a 4xx that does
 * not say what was wrong, an unescaped echo of a payload, injected markup, a leaked stack trace.
 */
export function checkResponse(request: FuzzRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  const type = String(response.headers['content-type'] ?? '');
  if (response.status >= 500) problems.push(`status ${response.status}`);
  if (STACK_TRACE.test(response.body)) problems.push('stack trace or module path in the body');
  if (response.status >= 400 && response.status < 500)
    problems.push(...checkClientError(request, response, type));
  if (response.status >= 300 && response.status < 400) {
    const location = String(response.headers.location ?? '');
    if (/^(https?:)?\/\//i.test(location) || /^[a-z]+:/i.test(location))
      problems.push(`redirect away from the site: ${location}`);
  }
  if (type.includes('text/html')) problems.push(...checkHtml(request, response.body));
  return problems;
}

/** Node's own limit on the request line plus headers; beyond it Node answers 431 before the app runs. */
const NODE_MAX_HEADER_BYTES = 16 * 1024;

function checkClientError(request: FuzzRequest, response: RawResponse, type: string): string[] {
  // The status itself names this problem, and no handler of ours can run for it.
  if (response.status === 431) {
    // The request line and the headers Node adds (Host, Connection, …) take up to ~200 bytes more.
    const size = request.url.length + JSON.stringify(request.headers).length;
    return size > NODE_MAX_HEADER_BYTES - 512 ? [] : [`431 for a request of only ${size} bytes`];
  }
  if (type.includes('application/json')) {
    const json = parseJson(response.body) as { error?: { message?: unknown; details?: unknown } } | undefined;
    if (!json?.error || typeof json.error.message !== 'string' || !json.error.message)
      return [`${response.status} JSON without error.message`];
    if (response.status === 400) {
      const details = json.error.details;
      if (!Array.isArray(details) || details.length === 0) return ['400 JSON without error.details'];
      return namesProblem(
        request,
        details.map((d: { parameter?: unknown }) => String(d?.parameter ?? '')),
      );
    }
    return [];
  }
  if (!type.includes('text/html')) return [`${response.status} answered as ${type || 'no content type'}`];
  const $ = cheerio.load(response.body);
  if (response.status === 404) {
    return $('[data-test=not-found]').text().trim() ? [] : ['404 page does not say what was not found'];
  }
  // A form without a valid CSRF token gets the site's 403 page, which says so (every form alike).
  if (response.status === 403) {
    return $('[data-test=forbidden]').attr('data-reason') === 'csrf' ? [] : ['403 page does not say why'];
  }
  const named = $('[data-test=problem]')
    .map((_i, el) => $(el).attr('data-parameter') ?? '')
    .get();
  if (named.length === 0) return [`${response.status} page without [data-test=problem]`];
  return namesProblem(request, named);
}

/**
 * A 400 must name a parameter that was actually sent (or `url`/`body` for the request as a whole),
 * or a parameter the app knows that is missing (a required id, the CSRF token).
 */
function namesProblem(request: FuzzRequest, named: string[]): string[] {
  const unexpected = named.filter(
    (name) => !request.parameters.has(name) && !decodedSent(request, name) && !request.known.has(name),
  );
  return unexpected.length ? [`problem names parameter(s) not sent: ${unexpected.join(', ')}`] : [];
}

function decodedSent(request: FuzzRequest, name: string): boolean {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  return new URLSearchParams(query).has(name) || new URLSearchParams(request.body ?? '').has(name);
}

function checkHtml(request: FuzzRequest, body: string): string[] {
  const problems: string[] = [];
  const lower = body.toLowerCase();
  for (const danger of request.dangers)
    if (lower.includes(danger.toLowerCase())) problems.push(`payload echoed unescaped: ${danger}`);
  const $ = cheerio.load(body);
  $('script').each((_i, el) => {
    const src = $(el).attr('src') ?? '';
    if (!src.startsWith('/assets/') || $(el).text().trim())
      problems.push(`unexpected script element: ${$.html(el).slice(0, 80)}`);
  });
  $('*').each((_i, el) => {
    if (el.type !== 'tag') return;
    for (const [name, value] of Object.entries(el.attribs)) {
      if (name.startsWith('on')) problems.push(`event handler attribute ${name} on <${el.tagName}>`);
      if (URL_ATTRIBUTES.includes(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value))
        problems.push(`${name}="${value.slice(0, 40)}" on <${el.tagName}>`);
    }
  });
  return problems;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
