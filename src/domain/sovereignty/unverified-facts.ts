import type { Fact } from '../catalogue.types';
import type { AssessmentContext } from './assessment-context';

/**
 * The facts the model reads that are present but carry no source, so they were treated as absent
 * (docs/sovereignty.md principle 2). Paths as in the schema; unsourced evidence entries appear as
 * `evidence.<scheme>`.
 */
export function unverifiedFacts({ service, provider }: AssessmentContext): string[] {
  const data = service.data ?? {};
  const exit = service.exit ?? {};
  const facts: [string, Fact<unknown> | undefined][] = [
    ['provider.control', provider.control],
    ['openSource', service.openSource],
    ['data.locations', data.locations],
    ['data.contractualEeaOnly', data.contractualEeaOnly],
    ['data.supportAccessInEea', data.supportAccessInEea],
    ['data.keyCustody', data.keyCustody],
    ['exit.exportFormats', exit.exportFormats],
    ['exit.openStandards', exit.openStandards],
    ['exit.dataActSwitching', exit.dataActSwitching],
  ];
  const paths = facts
    .filter(([, fact]) => fact !== undefined && (fact.sources?.length ?? 0) === 0)
    .map(([p]) => p);
  for (const entry of service.evidence ?? []) {
    const path = `evidence.${entry.scheme}`;
    if ((entry.sources?.length ?? 0) === 0 && !paths.includes(path)) paths.push(path);
  }
  return paths;
}
