import { buildListUrl, withPage, type FilterQuery, type ListUrlOptions } from '../../domain/filters';
import type { Translate } from '../../i18n/i18n';

export interface PageLinkView {
  page: number;
  href: string;
  current: boolean;
  label: string;
}

export interface PaginationView {
  /** "Pagina 2 van 3" */
  status: string;
  previous?: string;
  next?: string;
  /** First, last and the pages around the current one; `undefined` marks a gap. */
  pages: (PageLinkView | undefined)[];
}

/** Pagination links that keep every other parameter of the list. Undefined for a single page. */
export function presentPagination(
  query: FilterQuery,
  pageCount: number,
  basePath: string,
  urlOptions: ListUrlOptions,
  t: Translate,
): PaginationView | undefined {
  if (pageCount <= 1) return undefined;
  const page = query.page;
  const href = (n: number) => buildListUrl(basePath, withPage(query, n), urlOptions);
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const pages: (PageLinkView | undefined)[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1] > 1) pages.push(undefined);
    pages.push({
      page: n,
      href: href(n),
      current: n === page,
      label: t(n === page ? 'filters.pagination.current' : 'filters.pagination.page', { page: n }),
    });
  });
  return {
    status: t('filters.pagination.of', { page, pageCount }),
    previous: page > 1 && page <= pageCount ? href(page - 1) : undefined,
    next: page < pageCount ? href(page + 1) : undefined,
    pages,
  };
}
