import { CONTROLS, EVIDENCE_SCHEMES, PROVIDER_TYPES, SERVICE_MODELS } from '../catalogue.types';
import type { SubjectKind } from './record.types';

/**
 * How one value is entered in a form. Lists are typed one per line (or separated by commas);
 * `options` of checkboxes come from the catalogue (categories, capabilities) when not fixed.
 */
export type ValueInput =
  | { type: 'text' | 'textarea' | 'url' | 'date' | 'country' | 'list' | 'countries' }
  | { type: 'number' | 'integer' }
  | { type: 'bool' }
  | { type: 'select'; options: readonly string[] }
  | { type: 'checkboxes'; options: readonly string[] | 'categories' | 'capabilities' };

/** A plain field of the record (`name`, `summary.nl`, `ultimateParent.country`). */
export interface FieldSpec {
  kind: 'field';
  name: string;
  input: ValueInput;
}

/** A fact at `path`: its value (one input, or named parts), note and sources. */
export interface FactSpec {
  kind: 'fact';
  path: string;
  value: ValueInput | { parts: { name: string; input: ValueInput }[] };
}

export type SectionItem = FieldSpec | FactSpec;

export interface SectionSpec {
  id: string;
  items: SectionItem[];
  /** The evidence section lists entries instead of items. */
  evidence?: true;
}

const text = { type: 'text' } as const;
const textarea = { type: 'textarea' } as const;
const bool = { type: 'bool' } as const;
const integer = { type: 'integer' } as const;
const number = { type: 'number' } as const;
const list = { type: 'list' } as const;
const field = (name: string, input: ValueInput): FieldSpec => ({ kind: 'field', name, input });
const fact = (path: string, value: FactSpec['value']): FactSpec => ({ kind: 'fact', path, value });
const localized = (name: string): FieldSpec[] => [
  field(`${name}.nl`, textarea),
  field(`${name}.en`, textarea),
];

export const KEY_CUSTODY = ['provider', 'byok', 'customer-kms', 'end-to-end'] as const;
export const PRICE_MODELS = [
  'pay-as-you-go',
  'per-user-per-month',
  'subscription',
  'reserved',
  'licence',
  'free',
  'on-request',
] as const;
export const SWITCHING_CHARGES = ['none', 'at-cost', 'standard'] as const;
export const DEPLOYMENTS = ['public', 'community', 'private', 'on-premises'] as const;
export const EVIDENCE_STATUSES = ['certified', 'attested', 'qualified', 'in-progress', 'declared'] as const;
export const SOURCE_KINDS = ['primary', 'secondary'] as const;

/** The fields of one evidence entry (besides its sources), in form order. */
export const EVIDENCE_FIELDS: FieldSpec[] = [
  field('scheme', { type: 'select', options: EVIDENCE_SCHEMES }),
  field('level', text),
  field('status', { type: 'select', options: EVIDENCE_STATUSES }),
  field('version', text),
  field('scope', textarea),
  field('coversService', bool),
  field('issuer', text),
  field('reference', text),
  field('validUntil', { type: 'date' }),
];

/** The fields of one source, in form order (`checkedOn` is the marketplace's, never a form field). */
export const SOURCE_FIELDS: FieldSpec[] = [
  field('url', { type: 'url' }),
  field('kind', { type: 'select', options: SOURCE_KINDS }),
  field('title', text),
  field('retrievedOn', { type: 'date' }),
  field('note', textarea),
];

/**
 * Every field of the catalogue format (catalogue.schema.json), in the sections a supplier edits one
 * at a time. `id` and `providerId` are not editable: they identify the record.
 */
export const SECTIONS: Record<SubjectKind, SectionSpec[]> = {
  provider: [
    {
      id: 'general',
      items: [
        field('name', text),
        field('legalName', text),
        field('type', { type: 'select', options: PROVIDER_TYPES }),
        field('hqCountry', { type: 'country' }),
        field('ultimateParent.name', text),
        field('ultimateParent.country', { type: 'country' }),
        field('website', { type: 'url' }),
        ...localized('description'),
      ],
    },
    { id: 'control', items: [fact('control', { type: 'select', options: CONTROLS })] },
  ],
  service: [
    {
      id: 'general',
      items: [
        field('name', text),
        ...localized('summary'),
        ...localized('description'),
        field('website', { type: 'url' }),
        field('serviceModel', { type: 'select', options: SERVICE_MODELS }),
        field('categories', { type: 'checkboxes', options: 'categories' }),
        field('deployment', { type: 'checkboxes', options: DEPLOYMENTS }),
        field('capabilities', { type: 'checkboxes', options: 'capabilities' }),
        field('runsOn', list),
        ...localized('notes'),
      ],
    },
    {
      id: 'openness',
      items: [
        fact('openSource', {
          parts: [
            { name: 'licence', input: text },
            { name: 'sourceUrl', input: { type: 'url' } },
            { name: 'selfHostable', input: bool },
          ],
        }),
      ],
    },
    {
      id: 'data',
      items: [
        fact('data.locations', { type: 'countries' }),
        fact('data.contractualEeaOnly', bool),
        fact('data.supportAccessInEea', bool),
        fact('data.keyCustody', { type: 'select', options: KEY_CUSTODY }),
      ],
    },
    {
      id: 'exit',
      items: [
        fact('exit.exportFormats', list),
        fact('exit.openStandards', list),
        fact('exit.dataActSwitching', bool),
        fact('exit.exitPlan', textarea),
      ],
    },
    {
      id: 'contract',
      items: [
        fact('contract.slaAvailabilityPct', number),
        fact('contract.serviceCredits', textarea),
        fact('contract.supportHours', text),
        fact('contract.supportLanguages', list),
        fact('contract.minimumTermMonths', integer),
        fact('contract.noticePeriodDays', integer),
        fact('contract.priceModel', { type: 'select', options: PRICE_MODELS }),
        fact('contract.priceIndication', {
          parts: [
            { name: 'amount', input: number },
            { name: 'currency', input: text },
            { name: 'unit', input: text },
          ],
        }),
        fact('contract.switchingCharges', { type: 'select', options: SWITCHING_CHARGES }),
        fact('contract.dataRetrievalDays', integer),
        fact('contract.liabilityCap', textarea),
        fact('contract.governingLaw', { type: 'country' }),
        fact('contract.courtVenue', text),
        fact('contract.dpaAvailable', bool),
        fact('contract.subprocessorNoticeDays', integer),
        fact('contract.auditRights', textarea),
        fact('contract.frameworkAgreements', list),
      ],
    },
    {
      id: 'environment',
      items: [fact('environment.renewableEnergyPct', number), fact('environment.pue', number)],
    },
    { id: 'evidence', items: [], evidence: true },
  ],
};

export function findSection(kind: SubjectKind, id: string): SectionSpec | undefined {
  return SECTIONS[kind].find((s) => s.id === id);
}

/** Where a record path belongs: the section whose fields, facts or evidence hold it. */
export function sectionOfPath(kind: SubjectKind, path: string): SectionSpec | undefined {
  if (path.startsWith('evidence')) return findSection(kind, 'evidence');
  return SECTIONS[kind].find((section) =>
    section.items.some((item) => {
      const name = item.kind === 'field' ? item.name : item.path;
      return path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`);
    }),
  );
}
