import ClientPGLite from 'knex-pglite';

interface QueryObject {
  method?: string;
  response?: { affectedRows?: number };
}

type ProcessResponse = (obj: QueryObject, runner: unknown) => unknown;

/**
 * knex-pglite returns the raw result for `.del()` instead of the number of deleted rows (as the
 * `pg` dialect does), so a repository counting deletions would behave differently per database.
 */
export class PgliteClient extends ClientPGLite {
  // Not in knex's types, hence no `override` and the prototype lookup.
  processResponse(obj: QueryObject, runner: unknown): unknown {
    const base = (ClientPGLite.prototype as unknown as { processResponse: ProcessResponse }).processResponse;
    const result = base.call(this, obj, runner);
    if (obj.method === 'del') return obj.response?.affectedRows ?? 0;
    return result;
  }
}
