import type { Translate } from '../../i18n/i18n';

/** Where the readable names of a coded option live (the same words as on the service page). */
const OPTION_LABELS: Record<string, string> = {
  keyCustody: 'facts.enum.keyCustody',
  priceModel: 'facts.enum.priceModel',
  switchingCharges: 'facts.enum.switchingCharges',
  control: 'facts.enum.control',
  serviceModel: 'facts.enum.serviceModel',
  type: 'facts.enum.providerType',
  deployment: 'facts.enum.deployment',
  status: 'facts.enum.evidenceStatus',
  kind: 'facts.sourceKind',
};

/** "eu-subsidiary-of-non-eu-parent" → "EU-dochter van een niet-Europees moederbedrijf"; a code without a name stays. */
export function optionLabel(name: string, value: string, t: Translate): string {
  const parts = name.split('.').filter((p) => p !== 'value' && !/^\d+$/.test(p));
  const group = OPTION_LABELS[parts[parts.length - 1] ?? ''];
  if (!group) return value;
  const key = `${group}.${value}`;
  const label = t(key);
  return label === key ? value : label;
}
