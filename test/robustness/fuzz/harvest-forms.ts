import http from 'node:http';
import * as cheerio from 'cheerio';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import type { DiscoveredRoute } from './discover-routes';
import { sendRaw } from './send-raw';
import { idsForPath } from './vocabulary';

export interface FormSeed {
  fields: Record<string, string>;
  cookie?: string;
}

/**
 * Loads every GET page once (path parameters filled with a real id) and collects its POST forms (hidden fields such as a
 * CSRF token, and the cookies set alongside), so fuzzed POSTs get past CSRF protection and reach
 * the handler's own validation instead of only testing the token check.
 */
export async function harvestForms(
  port: number,
  agent: http.Agent,
  routes: DiscoveredRoute[],
  doc: CatalogueDocument,
): Promise<Map<string, FormSeed>> {
  const forms = new Map<string, FormSeed>();
  for (const route of routes) {
    if (route.method !== 'GET') continue;
    const url = route.path.replace(/:\w+/g, () => idsForPath(route.path, doc)[0]);
    const page = await sendRaw(port, agent, {
      method: 'GET',
      url,
      headers: {},
      mutations: [],
      dangers: [],
      parameters: new Set(),
      known: new Set(),
    });
    if (page.status !== 200 || !String(page.headers['content-type']).includes('text/html')) continue;
    const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const $ = cheerio.load(page.body);
    $('form').each((_i, form) => {
      if (($(form).attr('method') ?? 'get').toLowerCase() !== 'post') return;
      const action = ($(form).attr('action') ?? route.path).split('?')[0];
      const fields: Record<string, string> = {};
      $(form)
        .find('input[type=hidden][name]')
        .each((_j, input) => {
          fields[$(input).attr('name') as string] = $(input).attr('value') ?? '';
        });
      if (!forms.has(action)) forms.set(action, { fields, cookie: cookie || undefined });
    });
  }
  return forms;
}
