import type { Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { MAX_COMPARED, MIN_COMPARED } from '../../domain/compare/build-comparison';
import { compareHref } from './compare-page.presenter';
import { placeServices } from '../../domain/solution/place-services';
import { solutionHref } from '../solution/solution-page.presenter';

/** Why the basket page is shown: plain visit, too few services picked, or a 5th one refused. */
export type BasketNotice = 'tooFew' | 'full';

export interface BasketPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  items: { id: string; name: string; href: string; provider: string }[];
  max: number;
  /** Link to the shareable comparison, once at least two services are picked. */
  compareHref?: string;
  /** The solution composer with the picked services placed (issue 17). */
  solutionHref?: string;
  notice?: { kind: BasketNotice; text: string };
}

/**
 * The basket page: what is picked, how to compare it, and — when something went wrong — a clear
 * message (fewer than two, or a fifth one refused) with what to do about it.
 */
export function presentBasketPage(
  model: ReadModel,
  ids: readonly string[],
  options: { notice?: BasketNotice; requested?: string[] },
  t: Translate,
): BasketPageView {
  const items = ids.flatMap((id) => {
    const entry = model.serviceById.get(id);
    return entry
      ? [{ id, name: entry.service.name, href: `/services/${id}`, provider: entry.provider.name }]
      : [];
  });
  const requestedName = (options.requested ?? [])
    .map((id) => model.serviceById.get(id)?.service.name ?? id)
    .join(', ');
  const notice = options.notice
    ? {
        kind: options.notice,
        text: t(`compare.basket.notice.${options.notice}`, {
          max: MAX_COMPARED,
          min: MIN_COMPARED,
          name: requestedName,
        }),
      }
    : undefined;
  return {
    title: t('compare.basket.title'),
    breadcrumbs: [{ label: t('compare.basket.title') }],
    items,
    max: MAX_COMPARED,
    ...(items.length >= MIN_COMPARED ? { compareHref: compareHref(items.map((i) => i.id)) } : {}),
    ...(items.length > 0
      ? {
          solutionHref: solutionHref(
            placeServices(
              items.map((i) => i.id),
              model,
            ).composition,
            model,
          ),
        }
      : {}),
    ...(notice ? { notice } : {}),
  };
}
