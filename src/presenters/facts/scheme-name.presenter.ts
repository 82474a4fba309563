import type { Translate } from '../../i18n/i18n';

/**
 * A certificate or attestation scheme as people write it ("ISO 27001", "EU Cloud Code of Conduct",
 * "CSA STAR"), not its id in the catalogue ("ISO27001", "EUCloudCoC", "CSASTAR"). The names are the
 * certificate filter's options; an id without one is shown as it is.
 */
export function schemeName(scheme: string, t: Translate): string {
  const key = `filters.option.cert.${scheme}`;
  const name = t(key);
  return name === key ? scheme : name;
}
