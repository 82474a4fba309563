import lunr from 'lunr';
import { foldAccents, queryStems } from './search-pipeline';
import {
  SEARCH_LIMITS,
  type ParsedQuery,
  type QueryTerm,
  type SearchFailure,
  type SearchLimits,
  type TermPresence,
} from './search.types';

interface ParsedClause {
  term: string;
  boost?: number;
  editDistance?: number;
  usePipeline?: boolean;
  presence?: lunr.Query.presence;
}

type QueryParserCtor = new (str: string, query: lunr.Query) => { parse(): lunr.Query };
const QueryParser = (lunr as unknown as { QueryParser: QueryParserCtor }).QueryParser;

/** The most a user may ask for: more makes fuzzy matching explode and finds everything anyway. */
const MAX_EDIT_DISTANCE = 2;

/**
 * Punctuation that is not query syntax becomes a space, so "vSphere/vCenter", "Teams (chat)" or a
 * quoted phrase search for their words. Colons too: field-scoped queries would expose the index's
 * internal field names, and "Tip: ..." should not be a syntax error.
 */
function normalise(q: string): string {
  return q
    .normalize('NFC')
    .replace(/[/\\()[\]{}"'“”‘’,;:!?|<>=&\u2013\u2014]/g, ' ')
    .trim();
}

/**
 * Parses a query with lunr's syntax (`+word`, `-word`, `word*`, `word~1`, `word^2`) into terms.
 * Never throws: bad syntax and absurd queries come back as a failure with a reason.
 */
export function parseSearchQuery(
  q: string,
  limits: SearchLimits = SEARCH_LIMITS,
): { ok: true; query: ParsedQuery } | SearchFailure {
  if (q.trim().length > limits.maxLength) return { ok: false, reason: 'tooLong', limit: limits.maxLength };
  const text = normalise(q);
  let clauses: ParsedClause[];
  try {
    clauses = new QueryParser(text, new lunr.Query(['all'])).parse().clauses as ParsedClause[];
  } catch (error) {
    const at = error instanceof lunr.QueryParseError ? { start: error.start, end: error.end } : undefined;
    return { ok: false, reason: 'syntax', ...(at ? { at } : {}) };
  }
  if (clauses.length > limits.maxTerms) return { ok: false, reason: 'tooManyTerms', limit: limits.maxTerms };

  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  for (const clause of clauses) {
    const term = toTerm(clause);
    if (term.stems.length === 0) ignored.push(term.text);
    else terms.push(term);
  }
  if (terms.length === 0) return { ok: false, reason: 'noTerms' };
  return { ok: true, query: { terms, ignored } };
}

function toTerm(clause: ParsedClause): QueryTerm {
  const wildcard = clause.usePipeline === false;
  const text = clause.term;
  const stems = wildcard ? wildcardPattern(text) : queryStems(text);
  return {
    text,
    presence: presenceOf(clause.presence),
    stems,
    wildcard,
    ...(clause.editDistance !== undefined
      ? { editDistance: Math.min(Math.max(clause.editDistance, 0), MAX_EDIT_DISTANCE) }
      : {}),
    boost: clause.boost !== undefined && clause.boost > 0 ? clause.boost : 1,
  };
}

/** A wildcard term skips the pipeline, so fold it here; a lone `*` would match every word. */
function wildcardPattern(text: string): string[] {
  const pattern = foldAccents(text.toLowerCase());
  return pattern.replace(/\*/g, '').length === 0 ? [] : [pattern];
}

function presenceOf(presence: lunr.Query.presence | undefined): TermPresence {
  if (presence === lunr.Query.presence.REQUIRED) return 'required';
  if (presence === lunr.Query.presence.PROHIBITED) return 'prohibited';
  return 'plain';
}
