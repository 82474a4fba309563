import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('links to the port it listens on unless a public address is set', () => {
    expect(loadConfig({ PORT: '3917' }).publicBaseUrl).toBe('http://localhost:3917');
    expect(loadConfig({ PORT: '3917', PUBLIC_BASE_URL: 'https://cloudmarkt.example/' }).publicBaseUrl).toBe(
      'https://cloudmarkt.example',
    );
  });

  it('lets the heap grow to twice what is live by default', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(100);
  });

  it('takes another heap growth, or 0 for V8’s own', () => {
    expect(loadConfig({ HEAP_GROWING_PERCENT: '50' }).heapGrowingPercent).toBe(50);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
  });

  it.each(['-1', '301', '1.5', 'lots'])('refuses HEAP_GROWING_PERCENT=%s, naming the setting', (value) => {
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: value })).toThrow(ConfigError);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: value })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('names every invalid setting at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL|LOG_LEVEL.*PORT/);
  });
});
