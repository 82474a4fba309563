export interface Row {
  size: number;
  label: string;
  rps: number;
  p50: number;
  p99: number;
  ratio: number;
  failures: number;
  kb: number;
  /** Highest resident memory of the server while this URL was driven. */
  rssMb: number;
}

export interface SizeFigures {
  size: number;
  importMs: number;
  readyMs: number;
  startupMs: number;
  /** Resident memory when the server was ready and its search index built. */
  readyRssMb: number;
  /** Highest resident memory since the server was spawned (start-up included). */
  peakRssMb: number;
}

const pad = (text: string, width: number, right = false) =>
  right ? text.padStart(width) : text.padEnd(width);

/** One table: a row per size and URL; import, start-up and memory on each size's first row. */
export function formatTable(rows: Row[], sizes: SizeFigures[]): string {
  const head = [
    'services',
    'URL',
    'req/s',
    'p50 ms',
    'p99 ms',
    'vs static',
    'failed',
    'kB/resp',
    'RSS MB',
    'import s',
    'ready s',
    'peak RSS MB',
  ];
  const lines = [head];
  for (const row of rows) {
    const size = sizes.find((s) => s.size === row.size);
    const first = rows.find((r) => r.size === row.size) === row;
    lines.push([
      String(row.size),
      row.label,
      row.rps.toFixed(0),
      row.p50.toFixed(0),
      row.p99.toFixed(0),
      `${(row.ratio * 100).toFixed(0)}%`,
      String(row.failures),
      row.kb.toFixed(0),
      row.rssMb.toFixed(0),
      first && size ? (size.importMs / 1000).toFixed(1) : '',
      first && size ? (size.readyMs / 1000).toFixed(1) : '',
      first && size ? size.peakRssMb.toFixed(0) : '',
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const render = (l: string[]) =>
    `| ${l.map((c, i) => pad(c, widths[i], i !== 1 && i !== 0 ? true : false)).join(' | ')} |`;
  return [
    render(head),
    `|${widths.map((w, i) => (i > 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...lines.slice(1).map(render),
  ].join('\n');
}

/** The issue's targets at the largest size, each with its verdict. */
export function checkTargets(rows: Row[], sizes: SizeFigures[]): string[] {
  const largest = Math.max(...sizes.map((s) => s.size));
  const smallest = Math.min(...sizes.map((s) => s.size));
  const at = (size: number, label: string) => rows.find((r) => r.size === size && r.label.startsWith(label));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const out: string[] = [];
  for (const label of ['filtered list', 'search']) {
    const row = at(largest, label);
    if (!row) continue;
    out.push(
      `${label} at ${largest}: ${(row.ratio * 100).toFixed(0)}% of static (target ≥ 25%: ${verdict(row.ratio >= 0.25)}), p99 ${row.p99.toFixed(0)} ms (target ≤ 100: ${verdict(row.p99 <= 100)})`,
    );
    const small = at(smallest, label);
    if (small && largest !== smallest) {
      const keep = row.rps / small.rps;
      out.push(
        `${label} throughput at ${largest} is ${(keep * 100).toFixed(0)}% of that at ${smallest} (target ≥ 50%: ${verdict(keep >= 0.5)})`,
      );
    }
  }
  const big = sizes.find((s) => s.size === largest);
  if (big) {
    const underLoad = Math.max(...rows.filter((r) => r.size === largest).map((r) => r.rssMb));
    out.push(
      `ready to serve at ${largest}: ${(big.readyMs / 1000).toFixed(1)} s (target ≤ 15 s: ${verdict(big.readyMs <= 15_000)})`,
    );
    out.push(
      `resident memory at ${largest}: ${big.readyRssMb.toFixed(0)} MB when ready, up to ${underLoad.toFixed(0)} MB under load, ${big.peakRssMb.toFixed(0)} MB at most since spawning (target ≤ 1024: ${verdict(big.peakRssMb <= 1024)})`,
    );
  }
  return out;
}
