import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import {
  makeDocument,
  makeEvidence,
  makeFact,
  makeProvider,
  makeService,
  makeSource,
} from './catalogue-factory';

/** The date the catalogue is assessed on in the checked-view tests; every check lies before it. */
export const CHECKED_VIEW_DATE = '2026-11-28';

const checked = () => [makeSource({ checkedOn: '2026-11-20' })];
/** Checked after the assessment date: does not count in the checked-only view yet. */
const checkedLater = () => [makeSource({ checkedOn: '2026-12-01' })];

/**
 * A catalogue where the two views differ for one service and agree for another:
 * - `mixed`: control and locations checked, but its export formats only checked after the
 *   assessment date and its ISO 27001 certificate never checked. Default view J3 D2 T1 A2 (level 1),
 *   checked-only view J3 D2 T0 A0 (level 0).
 * - `all-checked`: the same facts, every source checked: J3 D2 T1 A2 (level 1) in both views.
 */
export function checkedViewDocument(): CatalogueDocument {
  const facts = (exitSources: ReturnType<typeof checked>) => ({
    data: { locations: makeFact(['NL'], { sources: checked() }) },
    exit: { exportFormats: makeFact(['CSV'], { sources: exitSources }) },
  });
  return makeDocument({
    providers: [makeProvider({ control: makeFact('eea-controlled' as const, { sources: checked() }) })],
    services: [
      makeService({ id: 'mixed', ...facts(checkedLater()), evidence: [makeEvidence()] }),
      makeService({
        id: 'all-checked',
        ...facts(checked()),
        evidence: [makeEvidence({ sources: checked() })],
      }),
    ],
  });
}
