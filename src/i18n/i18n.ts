import fs from 'node:fs';
import path from 'node:path';

import { DEFAULT_LANG, LANGS, type Lang } from '../domain/lang';

export { DEFAULT_LANG, LANGS, type Lang };

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

type Messages = Map<string, string>;

const MESSAGES_DIR = path.join(__dirname, 'messages');

/**
 * Message catalogues: src/i18n/messages/<lang>/<namespace>.json, nested objects of strings.
 * The key of a message is `<namespace>.<path>`, e.g. `layout.skipLink`. `{name}` is a parameter.
 * Loaded once; the folder is read from the source tree, so the build needs no copy step.
 */
function loadMessages(lang: Lang): Messages {
  const dir = path.join(sourceDir(MESSAGES_DIR), lang);
  const messages: Messages = new Map();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const namespace = path.basename(file, '.json');
    flatten(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), namespace, messages);
  }
  return messages;
}

/** dist/src/i18n/messages does not exist (tsc copies no JSON folders): read src/ instead. */
function sourceDir(dir: string): string {
  return fs.existsSync(dir)
    ? dir
    : dir.replace(`${path.sep}dist${path.sep}src${path.sep}`, `${path.sep}src${path.sep}`);
}

function flatten(node: unknown, prefix: string, into: Messages): void {
  if (typeof node === 'string') {
    into.set(prefix, node);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) flatten(v, `${prefix}.${k}`, into);
  }
}

let catalogues: Record<Lang, Messages> | undefined;

function messagesFor(lang: Lang): Messages {
  catalogues ??= { nl: loadMessages('nl'), en: loadMessages('en') };
  return catalogues[lang];
}

/** A message split at its `{name}` placeholders: text at even indexes, names at odd ones. */
const parsed = new Map<string, string[]>();

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  let parts = parsed.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // Messages are a fixed set; the bound only guards against keys made from unexpected values.
    if (parsed.size < 10_000) parsed.set(template, parts);
  }
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text +=
      (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) +
      parts[i + 1];
  }
  return text;
}

/**
 * Returns the translate function for a language. A key missing in English falls back to Dutch;
 * a key missing in both is returned as is, so a gap is visible instead of silent.
 */
export function translator(lang: Lang): Translate {
  const own = messagesFor(lang);
  const fallback = messagesFor(DEFAULT_LANG);
  return (key, params) => interpolate(own.get(key) ?? fallback.get(key) ?? key, params);
}

/** Plural helper: uses `<key>.one` when count is 1, else `<key>.other`; `{count}` is set. */
export function plural(t: Translate, key: string, count: number, params?: Params): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, { ...params, count });
}

/** Catalogue text in the chosen language, falling back to Dutch where English is missing. */
export function localized(text: { nl: string; en?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? (text.en ?? text.nl) : text.nl;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
