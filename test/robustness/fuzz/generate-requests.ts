import { CSRF_FIELD } from '../../../src/middleware/csrf';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import type { DiscoveredRoute } from './discover-routes';
import { ALL_PAYLOADS, BAD_ENCODINGS, PROTO_KEYS, UNKNOWN_PARAMETERS, XSS, type Payload } from './payloads';
import type { Random } from './prng';
import { idsForPath, parameterNames, validValues } from './vocabulary';

export interface FuzzRequest {
  method: string;
  /** Path and query exactly as sent on the request line. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** What was done, for the failure report. */
  mutations: string[];
  /** Raw substrings that must not appear in an HTML response body. */
  dangers: string[];
  /** Parameter names a 400 may name (those sent, plus `url`, `body` and path parameters). */
  parameters: Set<string>;
  /** Names the app knows; a 400 may name one that was not sent when it is required. */
  known: Set<string>;
}

/** The state of one request being built: a list of `name=value` pieces, already encoded. */
interface Draft {
  pairs: string[];
  mutations: string[];
  dangers: string[];
  parameters: Set<string>;
}

// Characters left unencoded in "raw" mode: enough to write markup, all accepted on a request line.
const RAW_SAFE = /%(3C|3E|22|27|28|29|2F|3D|3A|21|2A)/gi;
const encode = (value: string, raw: boolean): string => {
  const encoded = encodeURIComponent(value);
  return raw ? encoded.replace(RAW_SAFE, (m) => decodeURIComponent(m)) : encoded;
};

export class RequestGenerator {
  private readonly names: string[];
  private readonly valid: Record<string, readonly string[]>;
  private readonly known: Set<string>;

  constructor(
    private readonly random: Random,
    private readonly doc: CatalogueDocument,
  ) {
    this.names = parameterNames(doc);
    this.valid = validValues(doc);
    this.known = new Set([...this.names, CSRF_FIELD]);
  }

  /** One hostile request to `route`; POST routes get a hostile form body as well. */
  generate(route: DiscoveredRoute, form?: { fields: Record<string, string>; cookie?: string }): FuzzRequest {
    const r = this.random;
    const draft: Draft = { pairs: [], mutations: [], dangers: [], parameters: new Set(['url', 'body']) };
    const path = this.path(route.path, draft);
    const headers: Record<string, string> = {};
    if (r.chance(0.15)) this.hostileCookie(headers, draft);

    const query: Draft = { ...draft, pairs: [] };
    if (r.chance(0.3)) this.validPair(query);
    const count = 1 + r.int(3);
    for (let i = 0; i < count; i++) this.mutate(query);
    if (r.chance(0.3)) this.validPair(query);

    let body: string | undefined;
    if (route.method !== 'GET') {
      const bodyDraft: Draft = { ...draft, pairs: [] };
      for (const [name, value] of Object.entries(form?.fields ?? {}))
        bodyDraft.pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
      const n = 1 + r.int(3);
      for (let i = 0; i < n; i++) this.mutate(bodyDraft);
      body = this.body(bodyDraft, headers);
      if (form?.cookie) headers.cookie = [headers.cookie, form.cookie].filter(Boolean).join('; ');
      // Keep the query string small on POSTs so the body is what is being tested.
      if (r.chance(0.7)) query.pairs = [];
    }
    const search = query.pairs.length ? `?${query.pairs.join('&')}` : '';
    return {
      method: route.method,
      url: `${path}${search}`,
      headers,
      body,
      mutations: draft.mutations,
      dangers: draft.dangers,
      parameters: draft.parameters,
      known: this.known,
    };
  }

  private path(pattern: string, draft: Draft): string {
    return pattern.replace(/:(\w+)/g, (_m, name: string) => {
      draft.parameters.add(name);
      const r = this.random;
      const ids = idsForPath(pattern, this.doc);
      const roll = r.int(8);
      if (roll <= 2) return encodeURIComponent(r.pick(ids));
      if (roll === 3) return this.hostile(draft, `path :${name}`, r.chance(0.5)).replace(/%2F/gi, '%252F');
      if (roll === 4) {
        draft.mutations.push(`path :${name} bad encoding`);
        return r.pick(BAD_ENCODINGS);
      }
      if (roll === 5) {
        draft.mutations.push(`path :${name} huge`);
        return 'a'.repeat(r.pick([81, 1000, 5000]));
      }
      if (roll === 6) {
        draft.mutations.push(`path :${name} upper-case id`);
        return encodeURIComponent(r.pick(ids).toUpperCase());
      }
      draft.mutations.push(`path :${name} dots`);
      return r.pick(['..', '.', '%2e%2e', '..%2f..%2fpackage.json']);
    });
  }

  /** Picks a payload, records what it must not echo, returns it encoded (raw-ish when asked). */
  private hostile(draft: Draft, where: string, raw: boolean, from: Payload[] = ALL_PAYLOADS): string {
    const payload = this.random.pick(from);
    draft.mutations.push(`${where} = ${JSON.stringify(payload.value)}${raw ? ' (raw)' : ''}`);
    if (payload.danger) draft.dangers.push(payload.danger);
    return encode(payload.value, raw);
  }

  private name(draft: Draft): string {
    const name = this.random.pick(this.names);
    draft.parameters.add(name);
    return name;
  }

  private validPair(draft: Draft): void {
    const name = this.random.pick(Object.keys(this.valid));
    draft.parameters.add(name);
    draft.pairs.push(`${name}=${encodeURIComponent(this.random.pick(this.valid[name]))}`);
  }

  private mutate(draft: Draft): void {
    const r = this.random;
    switch (r.int(9)) {
      case 0:
      case 1: {
        const name = this.name(draft);
        draft.pairs.push(
          `${name}=${this.hostile(draft, name, r.chance(0.5), r.chance(0.6) ? XSS : ALL_PAYLOADS)}`,
        );
        return;
      }
      case 2: {
        const name = this.name(draft);
        const values = this.valid[name] ?? ['a', 'b'];
        const repeats = 2 + r.int(4);
        draft.mutations.push(`${name} repeated ${repeats}×`);
        for (let i = 0; i < repeats; i++)
          draft.pairs.push(
            `${name}=${i % 2 ? this.hostile(draft, name, false) : encodeURIComponent(r.pick(values))}`,
          );
        return;
      }
      case 3: {
        const name = this.name(draft);
        const key = r.pick([`${name}[]`, `${name}[0]`, `${name}[a][b]`, `${name}.x`]);
        draft.parameters.add(key);
        draft.mutations.push(`array key ${key}`);
        draft.pairs.push(
          `${encodeURIComponent(key)}=${encodeURIComponent(r.pick(this.valid[name] ?? ['x']))}`,
        );
        return;
      }
      case 4: {
        const key = r.pick(PROTO_KEYS);
        draft.parameters.add(key);
        draft.mutations.push(`prototype key ${key}`);
        draft.pairs.push(
          `${r.chance(0.5) ? key : encodeURIComponent(key)}=${r.pick(['1', 'x', '{}', '[]'])}`,
        );
        return;
      }
      case 5: {
        const name = this.name(draft);
        const size = r.pick([201, 1000, 3500, 5000, 20000]);
        draft.mutations.push(`${name} huge (${size} chars)`);
        draft.pairs.push(
          `${name}=${r.chance(0.5) ? 'A'.repeat(size) : encodeURIComponent('<b>'.repeat(size / 3))}`,
        );
        if (r.chance(0.2)) {
          draft.mutations.push('250 parameters');
          for (let i = 0; i < 250; i++) draft.pairs.push(`${name}=${i}`);
        }
        return;
      }
      case 6: {
        const name = this.name(draft);
        const form = r.pick([`${name}=`, name, '', '=', `=${name}`, '&&&']);
        draft.parameters.add('');
        draft.mutations.push(`empty ${JSON.stringify(form)}`);
        draft.pairs.push(form);
        return;
      }
      case 7: {
        const bad = r.pick(BAD_ENCODINGS);
        const name = this.name(draft);
        draft.mutations.push(`bad encoding ${bad}`);
        draft.pairs.push(r.chance(0.5) ? `${name}=${bad}` : `${bad}=1`);
        return;
      }
      default: {
        const name = r.pick(UNKNOWN_PARAMETERS);
        draft.parameters.add(name);
        draft.mutations.push(`unknown parameter ${name}`);
        draft.pairs.push(`${name}=${this.hostile(draft, name, r.chance(0.3))}`);
      }
    }
  }

  private hostileCookie(headers: Record<string, string>, draft: Draft): void {
    const value = this.random.pick([
      '<script>alert(1)</script>',
      'de',
      '"; x=1',
      '%E0%A4%A',
      'en'.repeat(2000),
    ]);
    draft.mutations.push(`cookie lang=${JSON.stringify(value.slice(0, 40))}`);
    headers.cookie = `lang=${value}`;
  }

  private body(draft: Draft, headers: Record<string, string>): string {
    const r = this.random;
    const roll = r.int(10);
    if (roll === 0) {
      draft.mutations.push('JSON body with __proto__');
      headers['content-type'] = 'application/json';
      return '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    }
    if (roll === 1) {
      draft.mutations.push('body over 10 kB');
      headers['content-type'] = 'application/x-www-form-urlencoded';
      return `${draft.pairs.join('&')}&pad=${'x'.repeat(20_000)}`;
    }
    if (roll === 2) {
      draft.mutations.push('no content type');
      return draft.pairs.join('&');
    }
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return draft.pairs.join('&');
  }
}
