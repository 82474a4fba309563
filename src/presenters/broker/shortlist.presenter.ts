import type { ExcludedService, IncludedService, MatchResult } from '../../domain/broker/broker.types';
import { isSourced, type Fact } from '../../domain/catalogue.types';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import type { Cell, ShortlistTable } from './shortlist-table.types';
import {
  failureDetail,
  profileMinimumsText,
  reasonText,
  requirementText,
  type TextContext,
} from './broker-text';

const INCLUDED_COLUMNS = [
  'service',
  'id',
  'provider',
  'providerType',
  'serviceModel',
  'overall',
  ...DIMENSIONS,
  'locations',
  'licence',
  'noticePeriodDays',
  'dpaAvailable',
  'frameworkAgreements',
  'supportLanguages',
  'notes',
] as const;

const EXCLUDED_COLUMNS = ['service', 'id', 'provider', 'overall', 'outcome', 'reason'] as const;

/**
 * The shortlist as a table (issue 7): a header block (catalogue, dates, profile and requirements
 * in words, then the one line that changes between runs: generated-at), the included services
 * with levels and key terms, then one row per failed requirement of each excluded service. Order
 * is the match result's (the catalogue's default order), so equal inputs give equal tables.
 */
export function presentShortlist(
  model: ReadModel,
  match: MatchResult,
  t: Translate,
  lang: Lang,
  generatedAt: string,
): ShortlistTable {
  const doc = model.document;
  const ctx: TextContext = { t, lang, model };
  const rows: Cell[][] = [
    [t('broker.export.title'), localized(match.profile.name, lang)],
    [t('broker.export.catalogue'), doc.title ?? null],
    [t('broker.export.publishedOn'), doc.publishedOn ?? null],
    [t('broker.export.assessedOn'), match.assessedOn],
    [t('broker.export.profile'), localized(match.profile.name, lang), profileMinimumsText(t, match.profile)],
    ...match.requirements.map((r) => [t('broker.export.requirement'), requirementText(t, r)]),
    [t('broker.disclaimer')],
    [t('broker.export.disclaimer')],
    [t('broker.export.generatedAt'), generatedAt],
    [],
    [t('broker.export.included'), match.included.length],
    INCLUDED_COLUMNS.map((c) => t(`broker.export.column.${c}`)),
    ...match.included.map((s) => includedRow(s, ctx)),
    [],
    [t('broker.export.excluded'), match.excluded.length],
    EXCLUDED_COLUMNS.map((c) => t(`broker.export.column.${c}`)),
    ...match.excluded.flatMap((s) => excludedRows(s, ctx)),
  ];
  return { sheetName: t('broker.export.title'), rows };
}

function includedRow({ entry, notes }: IncludedService, ctx: TextContext): Cell[] {
  const { t } = ctx;
  const { service, provider, assessment } = entry;
  const contract = service.contract ?? {};
  const levels = DIMENSIONS.map((d) =>
    assessment.dimensions[d].applicable ? assessment.dimensions[d].level : t('broker.export.notApplicable'),
  );
  const yesNo = (v: boolean) => t(v ? 'broker.export.yes' : 'broker.export.no');
  return [
    service.name,
    service.id,
    provider.name,
    t(`facts.enum.providerType.${provider.type}`),
    t(`facts.enum.serviceModel.${service.serviceModel}`),
    assessment.overall,
    ...levels,
    factCell(service.data?.locations, (v) => v.join(', '), t),
    factCell(service.openSource, (v) => v.licence, t),
    factCell(contract.noticePeriodDays, String, t),
    factCell(contract.dpaAvailable, yesNo, t),
    factCell(contract.frameworkAgreements, (v) => v.join(', '), t),
    factCell(contract.supportLanguages, (v) => v.join(', '), t),
    notes.map((n) => reasonText(ctx, n)).join('; ') || null,
  ];
}

function excludedRows({ entry, failures }: ExcludedService, ctx: TextContext): Cell[][] {
  const { t } = ctx;
  return failures.map((failure) => [
    entry.service.name,
    entry.service.id,
    entry.provider.name,
    entry.assessment.overall,
    t(`broker.outcome.${failure.outcome}`),
    failureDetail(ctx, failure),
  ]);
}

/** A key term: its value when sourced, marked when unsourced, empty when unknown. */
function factCell<T>(fact: Fact<T> | undefined, format: (value: T) => string, t: Translate): Cell {
  if (!fact) return null;
  const value = format(fact.value);
  return isSourced(fact) ? value : t('broker.export.unverified', { value });
}
