import type { ReadModel } from '../catalogue/read-model';
import type { Lang } from '../lang';
import { listedOptions } from './facet-options';
import { FACETS, type FacetName } from './facets';
import { filterIndexOf } from './filter-index';
import type { FilterQuery } from './filter-query.types';
import type { FilterResult } from './filter-services';

/** Options per page of a facet's full list: a page stays a few tens of kilobytes. */
export const OPTIONS_PER_PAGE = 100;

export interface ListedOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** Upper-case initial without accents, '#' for anything but A–Z. */
  initial: string;
}

export interface FacetOptionPage {
  facet: FacetName;
  /** Options in the whole list (every page). */
  total: number;
  page: number;
  pageCount: number;
  /** Position of this page's first option in the whole list (0-based). */
  offset: number;
  items: ListedOption[];
  /** Each initial that occurs, with the page of its first option. */
  initials: { initial: string; page: number }[];
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
};

/** A facet's options in A–Z order of their labels (option numbers), and each option's initial. */
interface Alphabet {
  order: Int32Array;
  initials: string[];
}

/** Per read model, facet and language: sorted once, as labels change only with the model. */
const alphabets = new WeakMap<ReadModel, Map<string, Alphabet>>();

function alphabetOf(model: ReadModel, f: number, lang: Lang, label: (value: string) => string): Alphabet {
  let byKey = alphabets.get(model);
  if (!byKey) {
    byKey = new Map();
    alphabets.set(model, byKey);
  }
  const key = `${f}\n${lang}`;
  let alphabet = byKey.get(key);
  if (!alphabet) {
    const values = filterIndexOf(model).options[f];
    const labels = values.map(label);
    const compare = collator(lang);
    const order = Int32Array.from(values.keys()).sort(
      (a, b) => compare.compare(labels[a], labels[b]) || (values[a] < values[b] ? -1 : 1),
    );
    alphabet = { order, initials: labels.map(initialOf) };
    byKey.set(key, alphabet);
  }
  return alphabet;
}

const initialOf = (label: string): string => {
  const c = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
};

/**
 * One page of a facet's full option list for the current selection: every option with a match
 * under the other filters, plus the selected ones, A–Z by label, with counts. A page past the last
 * has no items (the caller decides what to answer); page 1 always exists, possibly empty.
 */
export function listFacetOptions(
  model: ReadModel,
  result: FilterResult,
  query: FilterQuery,
  facet: FacetName,
  lang: Lang,
  label: (value: string) => string,
): FacetOptionPage {
  const f = FACETS.findIndex((d) => d.name === facet);
  const values = filterIndexOf(model).options[f];
  const listed = new Set(listedOptions(result, facet, query, model));
  const selected = new Set(FACETS[f].selected(query));
  const alphabet = alphabetOf(model, f, lang, label);
  const ordered = Array.from(alphabet.order).filter((n) => listed.has(n));
  const pageCount = Math.max(1, Math.ceil(ordered.length / OPTIONS_PER_PAGE));
  const offset = (query.page - 1) * OPTIONS_PER_PAGE;
  const initials = new Map<string, number>();
  ordered.forEach((n, i) => {
    const initial = alphabet.initials[n];
    if (!initials.has(initial)) initials.set(initial, Math.floor(i / OPTIONS_PER_PAGE) + 1);
  });
  return {
    facet,
    total: ordered.length,
    page: query.page,
    pageCount,
    offset,
    items: ordered.slice(offset, offset + OPTIONS_PER_PAGE).map((n) => ({
      value: values[n],
      label: label(values[n]),
      count: result.counts[f][n],
      selected: selected.has(values[n]),
      initial: alphabet.initials[n],
    })),
    initials: [...initials].map(([initial, page]) => ({ initial, page })),
  };
}

/**
 * Parameters of the list that a facet's option list does not take: its options are always A–Z,
 * 100 a page. Refused rather than ignored, so a client never gets another order than it asked for.
 */
export const OPTION_LIST_REFUSES: readonly string[] = ['sort', 'perPage'];
