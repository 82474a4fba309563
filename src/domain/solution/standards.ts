import { z } from 'zod';
import { isSourced, type Fact } from '../catalogue.types';
import standardsData from './standards.json';

/**
 * The vocabulary of open standards and formats (standards.json). The catalogue's
 * `exit.openStandards` and `exit.exportFormats` are free text; matching two services on a standard
 * goes through this vocabulary only, alias by alias, so "S3 API (subset)" and "S3" are one standard
 * and "S3-like" is none. Validated once when the module loads, so a bad edit fails at start-up.
 */
export interface Standard {
  id: string;
  name: string;
  kind: 'protocol' | 'format';
  aliases: string[];
  /** An open format suited to keeping records for the long term (DUTO, Archiefwet). */
  durable?: boolean;
  /** Set only where a page at Forum Standaardisatie is the cited source. */
  forumStandaardisatie?: {
    status: 'mandatory';
    source: string;
    /** What else the source says (scope, history). */
    note?: string;
    /** Why the source does not confirm the claim: shown as unverified. */
    unverified?: string;
  };
}

const standardSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  kind: z.enum(['protocol', 'format']),
  aliases: z.array(z.string().min(1)).min(1),
  durable: z.boolean().optional(),
  forumStandaardisatie: z
    .strictObject({
      status: z.literal('mandatory'),
      source: z.url({ protocol: /^https$/ }),
      note: z.string().min(1).optional(),
      unverified: z.string().min(1).optional(),
    })
    .optional(),
});

const fileSchema = z
  .object({ description: z.string().optional(), standards: z.array(standardSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    for (const s of file.standards) {
      for (const alias of s.aliases) {
        const key = aliasKey(alias);
        const owner = seen.get(key);
        if (owner !== undefined && owner !== s.id) {
          ctx.addIssue({ code: 'custom', message: `alias "${alias}" belongs to ${owner} and ${s.id}` });
        }
        seen.set(key, s.id);
      }
    }
    if (new Set(file.standards.map((s) => s.id)).size !== file.standards.length) {
      ctx.addIssue({ code: 'custom', message: 'standard ids must be unique' });
    }
  });

function aliasKey(text: string): string {
  return text.trim().toLowerCase();
}

/** A vocabulary with its alias lookup. */
export interface StandardsVocabulary {
  standards: readonly Standard[];
  byId: ReadonlyMap<string, Standard>;
  byAlias: ReadonlyMap<string, Standard>;
}

/** Validates a vocabulary document (the shape of standards.json); throws with the zod issues. */
export function parseStandards(data: unknown): StandardsVocabulary {
  const result = fileSchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid standards vocabulary: ${z.prettifyError(result.error)}`);
  const standards = result.data.standards;
  const byAlias = new Map<string, Standard>();
  for (const s of standards) for (const alias of s.aliases) byAlias.set(aliasKey(alias), s);
  return { standards, byId: new Map(standards.map((s) => [s.id, s])), byAlias };
}

export const STANDARDS: StandardsVocabulary = parseStandards(standardsData);

/** What a list of free-text standards or formats says, in the vocabulary's terms. */
export interface NormalisedList {
  /** Standard ids, each once, in the order first named. */
  ids: string[];
  /** Strings that are no alias of any standard: shown as written, never matched. */
  unrecognised: string[];
}

export function normaliseList(values: readonly string[], vocabulary = STANDARDS): NormalisedList {
  const ids: string[] = [];
  const unrecognised: string[] = [];
  for (const value of values) {
    const standard = vocabulary.byAlias.get(aliasKey(value));
    if (!standard) unrecognised.push(value);
    else if (!ids.includes(standard.id)) ids.push(standard.id);
  }
  return { ids, unrecognised };
}

/**
 * A service's standards from one exit fact. `known` is false when the fact is missing or has no
 * source: then the catalogue says nothing (an unsourced list is reported, never matched).
 */
export interface StandardsFact extends NormalisedList {
  known: boolean;
  /** The values of an unsourced fact, shown as unverified. */
  unverified: string[];
}

export function standardsOf(fact: Fact<string[]> | undefined, vocabulary = STANDARDS): StandardsFact {
  if (!fact) return { known: false, ids: [], unrecognised: [], unverified: [] };
  if (!isSourced(fact)) return { known: false, ids: [], unrecognised: [], unverified: [...fact.value] };
  return { known: true, ...normaliseList(fact.value, vocabulary), unverified: [] };
}
