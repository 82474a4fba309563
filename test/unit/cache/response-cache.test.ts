import { bodyBytes, cachedBody, ResponseCache } from '../../../src/services/cache/response-cache';

const MARK = '__mark__';

describe('cached bodies', () => {
  it('gives back the text’s UTF-8 bytes, non-Latin-1 characters included', () => {
    const text = 'Soevereiniteit € “niveau” 4 — ✓';
    expect(bodyBytes(cachedBody(text)).toString('utf8')).toBe(text);
  });

  it('fills in the value at every placeholder, at the edges too', () => {
    const entry = cachedBody(`${MARK}<form>${MARK}</form>é${MARK}`, MARK);
    expect(bodyBytes(entry, () => 'tök').toString('utf8')).toBe('tök<form>tök</form>étök');
  });

  it('asks for the value only when the body has a placeholder', () => {
    const fill = jest.fn(() => 'token');
    expect(bodyBytes(cachedBody('<p>no forms</p>', MARK), fill).toString()).toBe('<p>no forms</p>');
    expect(fill).not.toHaveBeenCalled();
    bodyBytes(cachedBody(`<input value="${MARK}">`, MARK), fill);
    expect(fill).toHaveBeenCalledTimes(1);
  });

  it('counts bytes against the cache’s limit and evicts the least recently used', () => {
    const cache = new ResponseCache(1000);
    cache.set('a', cachedBody('x'.repeat(400)));
    cache.set('b', cachedBody('y'.repeat(400)));
    cache.get('a');
    cache.set('c', cachedBody('z'.repeat(400)));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('admits a key on its second miss, not its first, and forgets what it saw when emptied', () => {
    const cache = new ResponseCache(1000);
    expect(cache.admits('/services?level=1')).toBe(false);
    expect(cache.admits('/services?level=2')).toBe(false);
    expect(cache.admits('/services?level=1')).toBe(true);
    expect(cache.admits('/services?level=2')).toBe(true);
    cache.clear();
    expect(cache.admits('/services?level=1')).toBe(false);
    expect(cache.admits('/services?level=1')).toBe(true);
  });

  it('remembers thousands of keys missed once', () => {
    const cache = new ResponseCache(1000);
    const keys = Array.from({ length: 5000 }, (_, i) => `/services?page=${i}`);
    for (const key of keys) expect(cache.admits(key)).toBe(false);
    // A bucket holds two keys, so a rare third one pushes one out; nearly all are known.
    const admitted = keys.filter((key) => cache.admits(key)).length;
    expect(admitted).toBeGreaterThan(4900);
  });
});
