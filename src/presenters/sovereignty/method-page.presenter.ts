import type { BuyerProfile } from '../../domain/broker/buyer-profiles';
import { DIMENSION_CODE, DIMENSIONS, LEVELS } from '../../domain/sovereignty/sovereignty.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import { formatDate } from '../facts/fact.presenter';

const CSF_OBJECTIVES = ['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-6', 'SOV-7', 'SOV-8'];

export interface MethodPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  assessedOn: string;
  levels: { level: number; name: string; seal: string }[];
  dimensions: {
    id: string;
    code: string;
    name: string;
    csf: string;
    rungs: { code: string; test: string }[];
  }[];
  csf: { objective: string; where: string }[];
  profiles: {
    name: string;
    /** Minimum per dimension in J, D, T, A order; empty when the profile excludes public cloud. */
    minimums: number[];
    publicCloudAllowed: boolean;
    note: string;
  }[];
  dimensionHeaders: { code: string; name: string }[];
}

/** The /method page: the sovereignty model in words, with the buyer profiles from their data file. */
export function presentMethodPage(
  assessedOn: string,
  profiles: readonly BuyerProfile[],
  t: Translate,
  lang: Lang,
): MethodPageView {
  const title = t('sovereignty.method.title');
  return {
    title,
    breadcrumbs: [{ label: title }],
    assessedOn: formatDate(assessedOn, lang),
    levels: LEVELS.map((level) => ({ level, name: t(`sovereignty.levels.${level}`), seal: `SEAL-${level}` })),
    dimensions: DIMENSIONS.map((d) => ({
      id: d,
      code: DIMENSION_CODE[d],
      name: t(`sovereignty.dimensions.${d}`),
      csf: t(`sovereignty.method.dimensions.csf.${d}`),
      rungs: [1, 2, 3, 4].map((rung) => {
        const code = `${DIMENSION_CODE[d]}${rung}`;
        return { code, test: t(`sovereignty.rungs.${code}`) };
      }),
    })),
    csf: CSF_OBJECTIVES.map((objective) => ({ objective, where: t(`sovereignty.method.csf.${objective}`) })),
    profiles: profiles.map((p) => ({
      name: localized(p.name, lang),
      minimums: p.publicCloudAllowed ? DIMENSIONS.map((d) => p.minimums[d]) : [],
      publicCloudAllowed: p.publicCloudAllowed,
      note: localized(p.note, lang),
    })),
    dimensionHeaders: DIMENSIONS.map((d) => ({
      code: DIMENSION_CODE[d],
      name: t(`sovereignty.dimensions.${d}`),
    })),
  };
}
