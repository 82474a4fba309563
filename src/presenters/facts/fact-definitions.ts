/** How a fact's value is shown. */
export type FactFormat =
  | 'countries'
  | 'country'
  | 'bool'
  | 'strings'
  | 'text'
  | 'percent'
  | 'days'
  | 'minimumTerm'
  | 'number'
  | 'price'
  | 'openSource'
  | { enum: string };

export interface FactDefinition {
  /** Path in the service document, e.g. 'contract.noticePeriodDays'; label key is `facts.label.<path>`. */
  path: string;
  format: FactFormat;
}

export interface FactGroup {
  /** Message key suffix: `facts.group.<id>` */
  id: 'openness' | 'data' | 'exit' | 'contract' | 'environment';
  facts: FactDefinition[];
}

/**
 * Every sourced fact a service can carry (catalogue.schema.json), with how it is shown, grouped as on
 * the service page (also the CSV columns and the completeness page).
 */
export const SERVICE_FACT_DEFINITIONS: FactGroup[] = [
  { id: 'openness', facts: [{ path: 'openSource', format: 'openSource' }] },
  {
    id: 'data',
    facts: [
      { path: 'data.locations', format: 'countries' },
      { path: 'data.contractualEeaOnly', format: 'bool' },
      { path: 'data.supportAccessInEea', format: 'bool' },
      { path: 'data.keyCustody', format: { enum: 'keyCustody' } },
    ],
  },
  {
    id: 'exit',
    facts: [
      { path: 'exit.exportFormats', format: 'strings' },
      { path: 'exit.openStandards', format: 'strings' },
      { path: 'exit.dataActSwitching', format: 'bool' },
      { path: 'exit.exitPlan', format: 'text' },
    ],
  },
  {
    id: 'contract',
    facts: [
      { path: 'contract.slaAvailabilityPct', format: 'percent' },
      { path: 'contract.serviceCredits', format: 'text' },
      { path: 'contract.supportHours', format: 'text' },
      { path: 'contract.supportLanguages', format: 'strings' },
      { path: 'contract.minimumTermMonths', format: 'minimumTerm' },
      { path: 'contract.noticePeriodDays', format: 'days' },
      { path: 'contract.priceModel', format: { enum: 'priceModel' } },
      { path: 'contract.priceIndication', format: 'price' },
      { path: 'contract.switchingCharges', format: { enum: 'switchingCharges' } },
      { path: 'contract.dataRetrievalDays', format: 'days' },
      { path: 'contract.liabilityCap', format: 'text' },
      { path: 'contract.governingLaw', format: 'country' },
      { path: 'contract.courtVenue', format: 'text' },
      { path: 'contract.dpaAvailable', format: 'bool' },
      { path: 'contract.subprocessorNoticeDays', format: 'days' },
      { path: 'contract.auditRights', format: 'text' },
      { path: 'contract.frameworkAgreements', format: 'strings' },
    ],
  },
  {
    id: 'environment',
    facts: [
      { path: 'environment.renewableEnergyPct', format: 'percent' },
      { path: 'environment.pue', format: 'number' },
    ],
  },
];

const FORMATS = new Map<string, FactFormat>([
  // The provider's one fact (a service has no fact at this path).
  ['control', { enum: 'control' }],
  ...SERVICE_FACT_DEFINITIONS.flatMap((g) => g.facts.map((f): [string, FactFormat] => [f.path, f.format])),
]);

/**
 * How the pages show the fact at `path` ('contract.noticePeriodDays' → 'days', the provider's
 * 'control' → its names); undefined for none.
 */
export const factFormatOf = (path: string): FactFormat | undefined => FORMATS.get(path);
