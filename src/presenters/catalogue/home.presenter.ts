import { LOTS, type Lot } from '../../domain/catalogue.types';
import { localized, plural, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { formatDate } from '../facts/fact.presenter';

export interface HomeView {
  title: string;
  lots: {
    id: Lot;
    name: string;
    categories: { href: string; name: string; description: string; count: string }[];
  }[];
  totalServices: string;
  catalogueDate?: string;
  assessedOn: string;
}

export function presentHome(model: ReadModel, t: Translate, lang: Lang): HomeView {
  const lots = LOTS.map((lot) => ({
    id: lot,
    name: t(`facts.enum.lot.${lot}`),
    categories: model.document.categories
      .filter((c) => c.lot === lot)
      .map((c) => ({
        href: `/categories/${c.id}`,
        name: localized(c.name, lang),
        description: localized(c.description, lang),
        count: plural(t, 'common.services', model.servicesByCategory.get(c.id)?.length ?? 0),
      })),
  }));
  return {
    title: t('home.title'),
    lots,
    totalServices: plural(t, 'common.services', model.services.length),
    catalogueDate: model.document.publishedOn ? formatDate(model.document.publishedOn, lang) : undefined,
    assessedOn: formatDate(model.assessedOn, lang),
  };
}
