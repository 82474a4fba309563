import { isSourced, type Category, type Provider } from '../catalogue.types';
import { deriveFacts } from '../filters/entry-facts';
import { FACETS } from '../filters/facets';
import type { FilterQuery } from '../filters/filter-query.types';
import type { ServiceEntry } from '../../domain/catalogue/read-model';

/** What the filters need besides the service: the categories (for lots) and the assessment date. */
export interface TokenContext {
  categories: Map<string, Category>;
  assessedOn: string;
}

/**
 * The filter options a service matches, as `facet:value` (`level:2`, `category:email-calendar`),
 * derived by the same facet definitions as the result lists, so a change can be filtered with the
 * list's vocabulary long after the catalogue has moved on.
 */
export function serviceTokens(
  entry: Omit<ServiceEntry, 'hash' | 'levelSum'>,
  context: TokenContext,
): string[] {
  const full: ServiceEntry = { ...entry, hash: 0, levelSum: 0 };
  const facts = deriveFacts(full, context);
  const tokens: string[] = [];
  for (const facet of FACETS) {
    for (const value of facet.matches(full, facts)) tokens.push(`${facet.name}:${value}`);
  }
  return tokens;
}

/** A provider record matches only the provider facets (provider, providerType, control). */
export function providerTokens(provider: Provider): string[] {
  const tokens = [`provider:${provider.id}`, `providerType:${provider.type}`];
  if (isSourced(provider.control)) tokens.push(`control:${provider.control.value}`);
  return tokens;
}

/** Union of token lists, sorted (stored once per change item). */
export function unionTokens(...lists: (readonly string[] | undefined)[]): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const token of list ?? []) all.add(token);
  return [...all].sort();
}

/**
 * A selection as token conditions: per active facet the tokens of its selected options, and whether
 * a change must carry all of them (the AND facet, cert) or any (every other facet).
 */
export interface TokenCondition {
  mode: 'any' | 'all';
  tokens: string[];
}

export function selectionConditions(query: FilterQuery): TokenCondition[] {
  const conditions: TokenCondition[] = [];
  for (const facet of FACETS) {
    const selected = facet.selected(query);
    if (selected.length === 0) continue;
    conditions.push({
      mode: facet.mode === 'and' ? 'all' : 'any',
      tokens: selected.map((value) => `${facet.name}:${value}`),
    });
  }
  return conditions;
}

/** Whether a token list satisfies every condition (the in-memory twin of the repository's query). */
export function matchesConditions(tokens: readonly string[], conditions: readonly TokenCondition[]): boolean {
  const have = new Set(tokens);
  return conditions.every((c) =>
    c.mode === 'all' ? c.tokens.every((t) => have.has(t)) : c.tokens.some((t) => have.has(t)),
  );
}
