import type { Dimension } from '../sovereignty/sovereignty.types';
import { dimensionLevels } from '../sovereignty/dimension-levels';
import { DIMENSIONS } from '../sovereignty/sovereignty.types';
import { factCell, nonEmpty, ownCell } from './cells';
import { contractRows, environmentRows } from './contract-row-definitions';
import type { RowDefinition } from './rankers';
import { byCode, CONTROL_RANK, higher, KEY_CUSTODY_RANK } from './rankers';

function dimensionRow(dimension: Dimension): RowDefinition {
  return {
    id: `sovereignty.${dimension}`,
    group: 'sovereignty',
    cell: ({ service, assessment }) => {
      const d = assessment.dimensions[dimension];
      return ownCell(
        service.id,
        'assessment',
        d.applicable ? { type: 'level', level: d.level } : { type: 'notApplicable' },
      );
    },
    rank: higher,
  };
}

const sovereigntyRows: RowDefinition[] = [
  {
    id: 'sovereignty.overall',
    group: 'sovereignty',
    cell: ({ service, assessment }) =>
      ownCell(service.id, 'assessment', { type: 'level', level: assessment.overall }),
    rank: higher,
  },
  {
    // Both views are shown with their names (SOVEREIGNTY.md, "Checked-only view").
    id: 'sovereignty.overallCheckedOnly',
    group: 'sovereignty',
    cell: ({ service, checkedOnly }) =>
      ownCell(
        service.id,
        'assessment',
        checkedOnly
          ? { type: 'level', level: checkedOnly.overall, dimensions: dimensionLevels(checkedOnly) }
          : undefined,
      ),
    rank: higher,
  },
  ...DIMENSIONS.map(dimensionRow),
  {
    id: 'sovereignty.limitedBy',
    group: 'sovereignty',
    cell: ({ service, assessment }) =>
      ownCell(service.id, 'assessment', { type: 'codes', enum: 'dimension', codes: assessment.limitedBy }),
  },
  {
    id: 'sovereignty.supplyChainCap',
    group: 'sovereignty',
    cell: ({ service, assessment }) =>
      ownCell(service.id, 'assessment', {
        type: 'caps',
        caps: DIMENSIONS.flatMap((dimension) => {
          const cap = assessment.dimensions[dimension].cappedBy;
          return cap ? [{ dimension, serviceId: cap.serviceId, level: cap.level }] : [];
        }),
      }),
  },
];

const controlRows: RowDefinition[] = [
  {
    id: 'control.hqCountry',
    group: 'control',
    cell: ({ service, provider }) =>
      ownCell(service.id, 'record', { type: 'countries', codes: [provider.hqCountry] }),
  },
  {
    id: 'control.ultimateParent',
    group: 'control',
    cell: ({ service, provider }) =>
      ownCell(
        service.id,
        'record',
        provider.ultimateParent ? { type: 'party', ...provider.ultimateParent } : undefined,
      ),
  },
  {
    id: 'control.control',
    group: 'control',
    cell: ({ service, provider }) =>
      factCell(service.id, provider.control, (code) => ({ type: 'code', enum: 'control', code })),
    rank: byCode(CONTROL_RANK),
  },
  {
    id: 'control.governingLaw',
    group: 'control',
    cell: ({ service }) =>
      factCell(service.id, service.contract?.governingLaw, (code) => ({ type: 'countries', codes: [code] })),
  },
  {
    id: 'control.courtVenue',
    group: 'control',
    cell: ({ service }) =>
      factCell(service.id, service.contract?.courtVenue, (text) => ({ type: 'text', text })),
  },
];

const dataRows: RowDefinition[] = [
  {
    id: 'data.locations',
    group: 'data',
    cell: ({ service }) =>
      factCell(service.id, service.data?.locations, (codes) =>
        nonEmpty(codes) ? { type: 'countries', codes } : undefined,
      ),
  },
  {
    id: 'data.contractualEeaOnly',
    group: 'data',
    cell: ({ service }) =>
      factCell(service.id, service.data?.contractualEeaOnly, (value) => ({ type: 'boolean', value })),
    rank: higher,
  },
  {
    id: 'data.supportAccessInEea',
    group: 'data',
    cell: ({ service }) =>
      factCell(service.id, service.data?.supportAccessInEea, (value) => ({ type: 'boolean', value })),
    rank: higher,
  },
  {
    id: 'data.keyCustody',
    group: 'data',
    cell: ({ service }) =>
      factCell(service.id, service.data?.keyCustody, (code) => ({ type: 'code', enum: 'keyCustody', code })),
    rank: byCode(KEY_CUSTODY_RANK),
  },
];

const exitRows: RowDefinition[] = [
  {
    id: 'exit.exportFormats',
    group: 'exit',
    cell: ({ service }) =>
      factCell(service.id, service.exit?.exportFormats, (items) =>
        nonEmpty(items) ? { type: 'list', items } : undefined,
      ),
  },
  {
    id: 'exit.openStandards',
    group: 'exit',
    cell: ({ service }) =>
      factCell(service.id, service.exit?.openStandards, (items) =>
        nonEmpty(items) ? { type: 'list', items } : undefined,
      ),
  },
  {
    id: 'exit.dataActSwitching',
    group: 'exit',
    cell: ({ service }) =>
      factCell(service.id, service.exit?.dataActSwitching, (value) => ({ type: 'boolean', value })),
    rank: higher,
  },
  {
    id: 'exit.exitPlan',
    group: 'exit',
    cell: ({ service }) => factCell(service.id, service.exit?.exitPlan, (text) => ({ type: 'text', text })),
  },
];

/** All rows except the assurance rows, which depend on the schemes present (evidence-rows.ts). */
export const ROW_DEFINITIONS: readonly RowDefinition[] = [
  ...sovereigntyRows,
  ...controlRows,
  ...dataRows,
  ...exitRows,
  ...contractRows,
  ...environmentRows,
];
