/** The page-weight budget of every result list page (issue 13), in kB of HTML. */
export const LIST_BUDGET_KB = 150;

export interface Row {
  size: number;
  label: string;
  /** A result list page, held to the page-weight budget. */
  list: boolean;
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
  providers: number;
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
    'providers',
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
      first && size ? String(size.providers) : '',
      row.label,
      row.rps.toFixed(0),
      row.p50.toFixed(0),
      row.p99.toFixed(0),
      `${(row.ratio * 100).toFixed(0)}%`,
      String(row.failures),
      `${row.kb.toFixed(0)}${row.list && row.kb > LIST_BUDGET_KB ? ' !' : ''}`,
      row.rssMb.toFixed(0),
      first && size ? (size.importMs / 1000).toFixed(1) : '',
      first && size ? (size.readyMs / 1000).toFixed(1) : '',
      first && size ? size.peakRssMb.toFixed(0) : '',
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const render = (l: string[]) => `| ${l.map((c, i) => pad(c, widths[i], i > 2)).join(' | ')} |`;
  return [
    render(head),
    `|${widths.map((w, i) => (i > 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...lines.slice(1).map(render),
  ].join('\n');
}

/** The issues' targets at the largest size, each with its verdict, and the page-weight budget. */
export function checkTargets(rows: Row[], sizes: SizeFigures[]): string[] {
  const largest = Math.max(...sizes.map((s) => s.size));
  const smallest = Math.min(...sizes.map((s) => s.size));
  const at = (size: number, label: string) => rows.find((r) => r.size === size && r.label.startsWith(label));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const out: string[] = [];
  for (const label of ['filtered list (', 'search']) {
    const row = rows.find(
      (r) => r.size === largest && r.label.startsWith(label) && !r.label.includes('uncached'),
    );
    if (!row) continue;
    out.push(
      `${row.label} at ${largest}: ${(row.ratio * 100).toFixed(0)}% of static (target ≥ 25%: ${verdict(row.ratio >= 0.25)}), p99 ${row.p99.toFixed(0)} ms (target ≤ 100: ${verdict(row.p99 <= 100)})`,
    );
    const small = rows.find((r) => r.size === smallest && r.label === row.label);
    if (small && largest !== smallest) {
      const keep = row.rps / small.rps;
      out.push(
        `${row.label} throughput at ${largest} is ${(keep * 100).toFixed(0)}% of that at ${smallest} (target ≥ 50%: ${verdict(keep >= 0.5)})`,
      );
    }
  }
  for (const label of ['filtered list, uncached', 'search, uncached']) {
    const row = at(largest, label);
    if (!row) continue;
    out.push(
      `${label} at ${largest} (distinct URLs): ${(row.ratio * 100).toFixed(0)}% of static (target ≥ 10%: ${verdict(row.ratio >= 0.1)}, aim 20%: ${verdict(row.ratio >= 0.2)}), p99 ${row.p99.toFixed(0)} ms (target ≤ 250: ${verdict(row.p99 <= 250)})`,
    );
  }
  const lists = rows.filter((r) => r.list);
  const heaviest = lists.reduce<Row | undefined>((max, r) => (max && max.kb >= r.kb ? max : r), undefined);
  if (heaviest) {
    const over = lists.filter((r) => r.kb > LIST_BUDGET_KB);
    out.push(
      `page weight of list pages: at most ${heaviest.kb.toFixed(0)} kB (${heaviest.label} at ${heaviest.size}; budget < ${LIST_BUDGET_KB} kB: ${verdict(over.length === 0)}${over.length ? `; over: ${over.map((r) => `${r.label} at ${r.size}`).join(', ')}` : ''})`,
    );
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
