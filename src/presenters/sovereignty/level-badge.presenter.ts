import type { Level } from '../../domain/sovereignty/sovereignty.types';
import type { Translate } from '../../i18n/i18n';

/** Locals of views/components/_level-badge.ejs: the level as number and name (never colour alone). */
export interface LevelBadgeView {
  level: Level;
  name: string;
  /** The same as one sentence, e.g. "Sovereignty level 2 of 4: Data sovereignty". */
  label: string;
}

export function presentLevelBadge(level: Level, t: Translate): LevelBadgeView {
  const name = t(`sovereignty.levels.${level}`);
  return { level, name, label: t('sovereignty.badge.label', { level, name }) };
}
