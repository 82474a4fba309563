import { Feed } from 'feed';
import type { Lang, Translate } from '../../i18n/i18n';
import type { StoredChangeItem } from '../../domain/history/history.types';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { causeLabel, presentChangeItem } from './change-groups.presenter';

export interface AtomFeedInput {
  /** Absolute base URL of the site (PUBLIC_BASE_URL). */
  baseUrl: string;
  /** Path and query of the feed itself (rel="self"). */
  selfPath: string;
  /** The page the feed follows (rel="alternate"). */
  pagePath: string;
  title: string;
  items: readonly StoredChangeItem[];
  /** When the feed last changed: the newest entry, else the newest change of the catalogue. */
  updated: Date;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Entry titles and content are declared type="html": text in them is escaped HTML. */
const html = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * An Atom 1.0 feed (RFC 4287) of change items, newest first: one entry per changed provider or
 * service per catalogue change, its lines in plain words as the content, linking to the record's
 * history. Entry ids are stable URIs, so a feed reader shows each change once.
 */
export function renderAtomFeed(input: AtomFeedInput, model: ReadModel, t: Translate, lang: Lang): string {
  const { baseUrl } = input;
  const feed = new Feed({
    id: `${baseUrl}${input.selfPath}`,
    title: input.title,
    link: `${baseUrl}${input.pagePath}`,
    feedLinks: { atom: `${baseUrl}${input.selfPath}` },
    language: lang,
    updated: input.updated,
    author: { name: t('common.siteName'), link: baseUrl },
    copyright: 'EUPL-1.2',
    generator: t('common.siteName'),
  });
  for (const item of input.items) {
    const view = presentChangeItem(item, model, t, lang);
    const summary = view.lines[0]?.text ?? view.kindLabel;
    const lines = view.lines
      .map((line) => {
        const sources = line.sources.map((s) => `<a href="${html(s.url)}">${html(s.label)}</a>`).join(', ');
        return `<li>${html(line.text)}${sources ? ` — ${html(t('history.line.source'))}: ${sources}` : ''}</li>`;
      })
      .join('');
    const plural = item.subjectKind === 'service' ? 'services' : 'providers';
    feed.addItem({
      id: `${baseUrl}/${plural}/${item.subjectId}/history#item-${item.id}`,
      title: html(t('history.feed.entryTitle', { name: item.name, summary })),
      link: `${baseUrl}/${plural}/${item.subjectId}/history#change-${item.changeId}`,
      date: item.recordedAt,
      published: item.recordedAt,
      content: `<p>${html(causeLabel(item, t, lang))}</p><ul>${lines}</ul>`,
    });
  }
  return feed.atom1();
}
