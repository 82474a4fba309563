import fs from 'node:fs';
import path from 'node:path';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { CONTROLS } from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { DIMENSIONS, LEVELS } from '../../../src/domain/sovereignty/sovereignty.types';
import { assessOne, makeEvidence, sourced, unsourced } from './sovereignty.factories';
import { REFERENCE_ASSESSMENT_DATE } from '../../support/catalogue-factory';

const MESSAGES = path.join(__dirname, '..', '..', '..', 'src', 'i18n', 'messages');

function keysOf(lang: 'nl' | 'en'): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'string') keys.add(prefix);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, `${prefix}.${k}`);
  };
  walk(JSON.parse(fs.readFileSync(path.join(MESSAGES, lang, 'sovereignty.json'), 'utf8')), 'sovereignty');
  return keys;
}

/** Every key the model produced, plus the translated parameters (facts, controls). */
function usedKeys(assessments: Assessment[]): Set<string> {
  const keys = new Set<string>();
  for (const a of assessments) {
    for (const d of DIMENSIONS) {
      const dimension = a.dimensions[d];
      const refs = [
        ...dimension.rungs.map((r) => ({ key: r.reasonKey, params: r.reasonParams })),
        ...dimension.raise,
      ];
      for (const ref of refs) {
        keys.add(ref.key);
        const fact = ref.params?.fact;
        if (typeof fact === 'string') keys.add(`sovereignty.facts.${fact}`);
      }
    }
  }
  return keys;
}

const document = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'data', 'catalogue.json'), 'utf8'),
) as CatalogueDocument;

// Test documents that reach reasons the reference catalogue does not.
const edgeCases = [
  assessOne({ evidence: [makeEvidence('ISO27001', { validUntil: '2020-01-01' })] }),
  assessOne({ evidence: [makeEvidence('ISO27001', { sources: [] })] }, unsourced('non-eu')),
  assessOne({
    evidence: [makeEvidence('EUCS', { level: 'basic' }), makeEvidence('SOC2', { level: 'type1' })],
  }),
  assessOne({ evidence: [makeEvidence('SecNumCloud', { status: 'certified' })] }),
  assessOne({ data: { locations: sourced(['US']) }, exit: { exportFormats: unsourced(['CSV']) } }),
  assessOne({
    serviceModel: 'saas',
    data: {
      locations: sourced(['NL']),
      contractualEeaOnly: sourced(true),
      supportAccessInEea: sourced(true),
      keyCustody: sourced('end-to-end'),
    },
    exit: { exportFormats: sourced(['CSV']), openStandards: sourced([]), dataActSwitching: sourced(false) },
    openSource: sourced({ licence: 'MIT', selfHostable: true }),
  }),
];

describe('sovereignty messages', () => {
  const used = usedKeys([...assessCatalogue(document, REFERENCE_ASSESSMENT_DATE).values(), ...edgeCases]);

  it.each(['nl', 'en'] as const)('has every produced reason and advice key in %s', (lang) => {
    const keys = keysOf(lang);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('names every level, dimension, rung and control in %s', (lang) => {
    const keys = keysOf(lang);
    const needed = [
      ...LEVELS.map((l) => `sovereignty.levels.${l}`),
      ...DIMENSIONS.map((d) => `sovereignty.dimensions.${d}`),
      ...['J', 'D', 'T', 'A'].flatMap((c) => [1, 2, 3, 4].map((r) => `sovereignty.rungs.${c}${r}`)),
      ...CONTROLS.map((c) => `sovereignty.controls.${c}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has the same keys in nl and en', () => {
    expect([...keysOf('en')].sort()).toEqual([...keysOf('nl')].sort());
  });
});
