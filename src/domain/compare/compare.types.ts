/**
 * Types of a side-by-side comparison of 2–4 services (issue 6). Pure data: labels and explanations
 * are message keys (src/i18n/messages/<lang>/compare.json), values are typed so that presenters and
 * the CSV export format them in the reader's language.
 */
import type { EvidenceScheme, EvidenceStatus, Provider, Service, Source } from '../catalogue.types';
import type { Assessment, Dimension, Level } from '../sovereignty/sovereignty.types';

/** What a comparison needs about one service; `ServiceEntry` of the read model fits it. */
export interface ComparedService {
  service: Service;
  provider: Provider;
  assessment: Assessment;
  /** The same service in the checked-only view (SOVEREIGNTY.md), when the caller has it. */
  checkedOnly?: Assessment;
}

export type GroupId = 'sovereignty' | 'control' | 'data' | 'assurance' | 'exit' | 'contract' | 'environment';
export const GROUP_IDS: readonly GroupId[] = [
  'sovereignty',
  'control',
  'data',
  'assurance',
  'exit',
  'contract',
  'environment',
];

/** One evidence entry as shown in an assurance cell. */
export interface EvidenceSummary {
  level?: string;
  status?: EvidenceStatus;
  scope?: string;
  coversService: boolean;
  /** ISO date YYYY-MM-DD */
  validUntil?: string;
  /** validUntil lies before the assessment date. */
  expired: boolean;
  sourced: boolean;
  /** Counts for the sovereignty model (docs/sovereignty.md, dimension A). */
  counts: boolean;
}

export interface CapSummary {
  dimension: Dimension;
  serviceId: string;
  level: Level;
}

/**
 * A typed cell value. `code` values are enumerations shown through a message key
 * (`compare.values.<enum>.<code>`); `text` is catalogue text shown as is.
 */
export type CellValue =
  | { type: 'level'; level: Level; dimensions?: Record<Dimension, Level | null> }
  | { type: 'number'; value: number; unit: 'percent' | 'days' | 'minimumTerm' | 'ratio' }
  | { type: 'boolean'; value: boolean }
  | { type: 'code'; enum: string; code: string }
  | { type: 'codes'; enum: string; codes: string[] }
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'countries'; codes: string[] }
  | { type: 'party'; name: string; country: string }
  | { type: 'price'; amount: number; currency: string; unit: string }
  | { type: 'evidence'; scheme: EvidenceScheme; entries: EvidenceSummary[] }
  | { type: 'caps'; caps: CapSummary[] }
  | { type: 'notApplicable' };

/**
 * - `value`: present and sourced, or a record/result of the catalogue itself (see `origin`);
 * - `unverified`: present in the catalogue without a source (shown, but never counted);
 * - `unknown`: the catalogue has nothing. A cell is never empty.
 */
export type CellState = 'value' | 'unverified' | 'unknown';

/**
 * Where a value comes from: a sourced `fact`; a catalogue `record` that is not a fact (provider
 * HQ country, ultimate parent); or the catalogue's own `assessment` (levels, with the method page
 * as their explanation).
 */
export type CellOrigin = 'fact' | 'record' | 'assessment';

export interface Cell {
  serviceId: string;
  state: CellState;
  origin: CellOrigin;
  value?: CellValue;
  sources: Source[];
  /** Free-text note recorded with the fact (e.g. a conflict between sources). */
  note?: string;
  /** Best value of its row (see mark-rows.ts for the rule). */
  best: boolean;
}

export interface Row {
  /** Stable id, e.g. 'contract.noticePeriodDays' or 'assurance.ISO27001'. */
  id: string;
  labelKey: string;
  labelParams?: Record<string, string>;
  explanationKey: string;
  cells: Cell[];
  /** The cells do not all show the same thing. */
  differs: boolean;
  /** The row has an obvious better direction, so a best value can be marked. */
  ranked: boolean;
}

export interface Group {
  id: GroupId;
  labelKey: string;
  rows: Row[];
}

export type CheckOutcome = 'met' | 'not-met' | 'unknown';
export type DataActCriterion = 'notice' | 'switchingCharges' | 'retrieval';

export interface DataActItem {
  criterion: DataActCriterion;
  outcome: CheckOutcome;
  /** Article of Regulation (EU) 2023/2854 the criterion comes from, e.g. 'Art. 25(2)(d)'. */
  article: string;
  /** Message key for why this outcome, e.g. compare.dataAct.reason.unverified. */
  reasonKey: string;
  cell: Cell;
}

export interface DataActCheck {
  serviceId: string;
  overall: CheckOutcome;
  items: DataActItem[];
  /** The service's own `exit.dataActSwitching` fact, shown alongside. */
  publishedTerms: Cell;
}

export interface Comparison {
  /** ISO date the levels and validity were assessed on. */
  assessedOn: string;
  services: ComparedService[];
  groups: Group[];
  dataAct: DataActCheck[];
}
