import { emptyFilterQuery } from '../../../src/domain/filters';
import { translator } from '../../../src/i18n/i18n';
import { presentPagination } from '../../../src/presenters/listing/pagination.presenter';

const t = translator('en');
const query = (page: number) => ({ ...emptyFilterQuery(), cert: ['C5' as const], page, perPage: 10 });

describe('presentPagination', () => {
  it('is absent for a single page', () => {
    expect(presentPagination(query(1), 1, '/services', {}, t)).toBeUndefined();
  });

  it('links the first, last and neighbouring pages, with gaps in between', () => {
    const view = presentPagination(query(5), 9, '/services', {}, t);
    expect(view?.pages.map((p) => (p ? p.page : '…'))).toEqual([1, '…', 4, 5, 6, '…', 9]);
    expect(view?.pages.find((p) => p?.current)?.label).toBe('Page 5, current page');
    expect(view?.previous).toBe('/services?cert=C5&perPage=10&page=4');
    expect(view?.next).toBe('/services?cert=C5&perPage=10&page=6');
    expect(view?.pages[0]?.href).toBe('/services?cert=C5&perPage=10');
    expect(view?.status).toBe('Page 5 of 9');
  });

  it('has no next link on the last page and no gap when pages are adjacent', () => {
    const view = presentPagination(query(3), 3, '/categories/chat', { fixedCategory: 'chat' }, t);
    expect(view?.pages.map((p) => p?.page)).toEqual([1, 2, 3]);
    expect(view?.next).toBeUndefined();
    expect(view?.previous).toBe('/categories/chat?cert=C5&perPage=10&page=2');
  });
});
