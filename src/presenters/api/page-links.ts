export interface PageLinks {
  self: string;
  first: string;
  last: string;
  prev?: string;
  next?: string;
}

/**
 * Links to the other pages of a paged response: the request's own path and query with only `page`
 * changed (relative to the server, so they hold behind any proxy). `prev` and `next` are left out
 * where there is no such page; a page past the end links back to the last one.
 */
export function presentPageLinks(originalUrl: string, page: number, pageCount: number): PageLinks {
  const url = new URL(originalUrl, 'http://x');
  const to = (n: number) => {
    const params = new URLSearchParams(url.search);
    if (n === 1) params.delete('page');
    else params.set('page', String(n));
    const query = params.toString();
    return query ? `${url.pathname}?${query}` : url.pathname;
  };
  return {
    self: to(page),
    first: to(1),
    last: to(pageCount),
    ...(page > 1 ? { prev: to(Math.min(page - 1, pageCount)) } : {}),
    ...(page < pageCount ? { next: to(page + 1) } : {}),
  };
}
