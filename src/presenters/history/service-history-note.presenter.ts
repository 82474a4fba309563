import type { UpcomingChange } from '../../domain/history/forecast';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { upcomingText } from './upcoming.presenter';
import { formatMoment } from './change-groups.presenter';

/** The service page's part about change: when it last changed, its history and feed, and what is coming. */
export interface ServiceHistoryNoteView {
  /** Undefined without a stored history (no database). */
  lastChanged?: string;
  historyHref?: string;
  feedHref?: string;
  upcoming: string[];
}

export function presentServiceHistoryNote(
  input: { id: string; hasHistory: boolean; lastChanged?: Date; upcoming: readonly UpcomingChange[] },
  model: ReadModel,
  t: Translate,
  lang: Lang,
): ServiceHistoryNoteView {
  return {
    lastChanged: input.hasHistory
      ? input.lastChanged
        ? t('history.service.lastChanged', { date: formatMoment(input.lastChanged, lang) })
        : t('history.service.neverChanged')
      : undefined,
    historyHref: input.hasHistory ? `/services/${input.id}/history` : undefined,
    feedHref: input.hasHistory ? `/services/${input.id}.atom` : undefined,
    upcoming: input.upcoming.map((c) => upcomingText(c, model, t, lang)),
  };
}
