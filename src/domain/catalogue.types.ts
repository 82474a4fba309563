/**
 * Types of the catalogue document (src/domain/catalogue.schema.json, schema version 1).
 * The document is the unit of import, export and seeding, and the shape the read model serves from.
 */

export type Lot = 'infrastructure' | 'platform' | 'workplace';
export const LOTS: readonly Lot[] = ['infrastructure', 'platform', 'workplace'];

export type ServiceModel = 'iaas' | 'paas' | 'saas' | 'software';
export const SERVICE_MODELS: readonly ServiceModel[] = ['iaas', 'paas', 'saas', 'software'];

export type ProviderType = 'market' | 'government';
export const PROVIDER_TYPES: readonly ProviderType[] = ['market', 'government'];

export type Control =
  | 'eea-controlled'
  | 'eu-operator-non-eu-technology'
  | 'european-non-eea'
  | 'eu-subsidiary-of-non-eu-parent'
  | 'non-eu';
export const CONTROLS: readonly Control[] = [
  'eea-controlled',
  'eu-operator-non-eu-technology',
  'european-non-eea',
  'eu-subsidiary-of-non-eu-parent',
  'non-eu',
];

export type EvidenceScheme =
  | 'ISO27001'
  | 'ISO27017'
  | 'ISO27018'
  | 'ISO27701'
  | 'ISO22301'
  | 'ISO9001'
  | 'SOC2'
  | 'C5'
  | 'SecNumCloud'
  | 'EUCS'
  | 'GaiaX'
  | 'EUCloudCoC'
  | 'CISPE'
  | 'NEN7510'
  | 'HDS'
  | 'FedRAMP'
  | 'CSASTAR';
export const EVIDENCE_SCHEMES: readonly EvidenceScheme[] = [
  'ISO27001',
  'ISO27017',
  'ISO27018',
  'ISO27701',
  'ISO22301',
  'ISO9001',
  'SOC2',
  'C5',
  'SecNumCloud',
  'EUCS',
  'GaiaX',
  'EUCloudCoC',
  'CISPE',
  'NEN7510',
  'HDS',
  'FedRAMP',
  'CSASTAR',
];

export type EvidenceStatus = 'certified' | 'attested' | 'qualified' | 'in-progress' | 'declared';
export type Deployment = 'public' | 'community' | 'private' | 'on-premises';
export type KeyCustody = 'provider' | 'byok' | 'customer-kms' | 'end-to-end';
export type PriceModel =
  'pay-as-you-go' | 'per-user-per-month' | 'subscription' | 'reserved' | 'licence' | 'free' | 'on-request';
export type SwitchingCharges = 'none' | 'at-cost' | 'standard';

/** Text in Dutch and English; Dutch is required, English falls back to Dutch. */
export interface LocalizedText {
  nl: string;
  en?: string;
}

export interface Source {
  url: string;
  kind?: 'primary' | 'secondary';
  title?: string;
  /** ISO date YYYY-MM-DD */
  retrievedOn?: string;
  /** ISO date YYYY-MM-DD on which the marketplace team checked that the source supports the fact */
  checkedOn?: string;
  note?: string;
}

/** A value with the sources that support it. Without sources it is *unverified* and never raises a level. */
export interface Fact<T> {
  value: T;
  sources?: Source[];
  note?: string;
}

export interface Category {
  id: string;
  lot: Lot;
  name: LocalizedText;
  description?: LocalizedText;
}

export interface Capability {
  id: string;
  name: LocalizedText;
  replaces?: string[];
}

export interface Provider {
  id: string;
  name: string;
  legalName?: string;
  type: ProviderType;
  hqCountry: string;
  ultimateParent?: { name: string; country: string };
  control?: Fact<Control>;
  website?: string;
  description?: LocalizedText;
}

export interface Evidence {
  scheme: EvidenceScheme;
  level?: string;
  status?: EvidenceStatus;
  version?: string;
  scope?: string;
  coversService?: boolean;
  issuer?: string;
  reference?: string;
  /** ISO date YYYY-MM-DD */
  validUntil?: string;
  sources?: Source[];
}

export interface OpenSourceValue {
  licence: string;
  sourceUrl?: string;
  selfHostable?: boolean;
}

export interface ServiceData {
  locations?: Fact<string[]>;
  contractualEeaOnly?: Fact<boolean>;
  supportAccessInEea?: Fact<boolean>;
  keyCustody?: Fact<KeyCustody>;
}

export interface ServiceExit {
  exportFormats?: Fact<string[]>;
  openStandards?: Fact<string[]>;
  dataActSwitching?: Fact<boolean>;
  exitPlan?: Fact<string>;
}

export interface PriceIndication {
  amount: number;
  currency: string;
  unit: string;
}

export interface ServiceContract {
  slaAvailabilityPct?: Fact<number>;
  serviceCredits?: Fact<string>;
  supportHours?: Fact<string>;
  supportLanguages?: Fact<string[]>;
  minimumTermMonths?: Fact<number>;
  noticePeriodDays?: Fact<number>;
  priceModel?: Fact<PriceModel>;
  priceIndication?: Fact<PriceIndication>;
  switchingCharges?: Fact<SwitchingCharges>;
  dataRetrievalDays?: Fact<number>;
  liabilityCap?: Fact<string>;
  governingLaw?: Fact<string>;
  courtVenue?: Fact<string>;
  dpaAvailable?: Fact<boolean>;
  subprocessorNoticeDays?: Fact<number>;
  auditRights?: Fact<string>;
  frameworkAgreements?: Fact<string[]>;
}

export interface ServiceEnvironment {
  renewableEnergyPct?: Fact<number>;
  pue?: Fact<number>;
}

export interface Service {
  id: string;
  providerId: string;
  name: string;
  summary: LocalizedText;
  description?: LocalizedText;
  website?: string;
  /** The first is the primary category. */
  categories: string[];
  serviceModel: ServiceModel;
  deployment?: Deployment[];
  capabilities?: string[];
  runsOn?: string[];
  openSource?: Fact<OpenSourceValue>;
  data?: ServiceData;
  evidence?: Evidence[];
  exit?: ServiceExit;
  contract?: ServiceContract;
  environment?: ServiceEnvironment;
  notes?: LocalizedText;
}

export interface CatalogueDocument {
  schemaVersion: 1;
  title?: string;
  /** ISO date YYYY-MM-DD */
  publishedOn?: string;
  categories: Category[];
  capabilities: Capability[];
  providers: Provider[];
  services: Service[];
}

/** True when a fact exists and carries at least one source (docs/sovereignty.md: "sourced"). */
export function isSourced<T>(fact: Fact<T> | undefined): fact is Fact<T> & { sources: Source[] } {
  return fact !== undefined && (fact.sources?.length ?? 0) > 0;
}
