// A jest reporter: when Chromium is missing, the browser suites (test/e2e) are skipped; this says so
// at the very end of the output, with the number of tests skipped, where nobody can miss it.
const fs = require('node:fs');
const path = require('node:path');

const BROWSER_TESTS = `${path.sep}test${path.sep}e2e${path.sep}`;

class BrowserSkipReporter {
  /** Options (for tests): chromiumPath, and write (where the banner goes; stderr at exit by default). */
  constructor(_globalConfig, options = {}) {
    this.chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    // Written as the process exits, so it comes after jest's own summary: the last thing on screen.
    this.write = options.write ?? ((text) => process.once('exit', () => fs.writeSync(2, text)));
  }

  onRunComplete(_contexts, results) {
    if (fs.existsSync(this.chromiumPath)) return;
    const skipped = results.testResults
      .filter((file) => file.testFilePath.includes(BROWSER_TESTS))
      .reduce((sum, file) => sum + file.numPendingTests, 0);
    if (skipped === 0) return;
    const lines = [
      `${skipped} BROWSER TEST${skipped === 1 ? ' WAS' : 'S WERE'} SKIPPED: no Chromium at ${this.chromiumPath}.`,
      'The layout, journey and accessibility tests did not run.',
      'Install it (Debian/Ubuntu): sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium. With CI=true a missing Chromium fails the run.',
    ];
    const width = Math.max(...lines.map((line) => line.length)) + 4;
    const bar = '!'.repeat(width);
    this.write(`\n${bar}\n${lines.map((line) => `! ${line.padEnd(width - 4)} !`).join('\n')}\n${bar}\n\n`);
  }
}

module.exports = BrowserSkipReporter;
