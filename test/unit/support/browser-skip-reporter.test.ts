import path from 'node:path';

interface Reporter {
  onRunComplete(contexts: unknown, results: unknown): void;
}
type ReporterClass = new (
  config: unknown,
  options: { chromiumPath: string; write: (text: string) => void },
) => Reporter;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BrowserSkipReporter = require('../../support/browser-skip-reporter.js') as ReporterClass;

const root = path.join(__dirname, '..', '..', '..');
const file = (relative: string, numPendingTests: number) => ({
  testFilePath: path.join(root, relative),
  numPendingTests,
});
const results = {
  testResults: [
    file('test/e2e/journey.test.ts', 12),
    file('test/e2e/layout.test.ts', 4),
    // Skipped tests elsewhere (e.g. PostgreSQL-only) are not browser tests.
    file('test/db/startup-lock.test.ts', 1),
  ],
};

function run(chromiumPath: string, given = results): string {
  let output = '';
  new BrowserSkipReporter({}, { chromiumPath, write: (text) => (output += text) }).onRunComplete(
    new Set(),
    given,
  );
  return output;
}

describe('the browser-skip reporter', () => {
  it('prints a banner with the number of skipped browser tests when Chromium is missing', () => {
    const output = run('/no/such/chromium');
    expect(output).toContain('16 BROWSER TESTS WERE SKIPPED: no Chromium at /no/such/chromium.');
    expect(output).toContain('apt-get install -y chromium');
    expect(output.split('\n').filter((line) => /^!+$/.test(line))).toHaveLength(2);
  });

  it('says nothing when Chromium is there, or when no browser test was skipped', () => {
    expect(run(process.execPath)).toBe('');
    expect(run('/no/such/chromium', { testResults: [file('test/e2e/journey.test.ts', 0)] })).toBe('');
  });
});
