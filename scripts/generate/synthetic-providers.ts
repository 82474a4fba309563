import type { Control, Provider } from '../../src/domain/catalogue.types';

const PREFIXES = (
  'Noord Zuid Delta Polder Hanze Rijn Maas Alpen Baltic Nordic Atlas Kern Vesta Orion Linde Eik Berk Duin ' +
  'Kust Molen Dijk Zeeland Veluwe Ijssel Schelde Donau Elbe Loire Seine Tiber Fjord Aurora Boreal Helix ' +
  'Quadrant Vector Meridiaan Kompas Lantaarn Baken Anker Zeilen Wadden Heide Kempen Ardennen Brabant ' +
  'Limburg Friesland Groningen Twente Gouda Leiden Haarlem Arnhem Deventer Zwolle'
).split(' ');
const SURNAMES = (
  'Jansen de-Vries van-den-Berg Bakker Visser Smit Meijer de-Boer Mulder de-Groot Bos Vos Peters Hendriks ' +
  'van-Leeuwen Dekker Brouwer de-Wit Dijkstra Smits de-Graaf van-der-Meer Kok Jacobs de-Haan Vermeulen ' +
  'Schmidt Müller Weber Fischer Wagner Becker Hoffmann Dubois Moreau Laurent Lefèvre Virtanen Lindqvist ' +
  'Nielsen Hansen Rossi Bianchi García Martínez Novak Kowalski Horváth Murphy Byrne'
)
  .split(' ')
  .map((s) => s.replace(/-/g, ' '));
const CORES = (
  'Cloud Hosting Data IT Systems Digital Software Netwerken Solutions Informatica Rekencentrum Services ' +
  'Automatisering Infra Connect Security Platforms Analytics Consultancy Telecom'
).split(' ');
/** Country, legal-form suffix and a weight: mostly Dutch and other EEA suppliers, some from elsewhere. */
const COUNTRIES: [string, string, number][] = [
  ['NL', 'B.V.', 40],
  ['BE', 'NV', 8],
  ['DE', 'GmbH', 14],
  ['FR', 'SAS', 8],
  ['FI', 'Oy', 3],
  ['SE', 'AB', 3],
  ['DK', 'A/S', 2],
  ['IE', 'Ltd', 3],
  ['IT', 'S.r.l.', 3],
  ['ES', 'S.L.', 3],
  ['AT', 'GmbH', 2],
  ['CH', 'AG', 3],
  ['GB', 'Ltd', 5],
  ['US', 'Inc.', 3],
];
const WEIGHT = COUNTRIES.reduce((sum, [, , w]) => sum + w, 0);

function controlOf(country: string, random: () => number): Control {
  if (country === 'US') return 'non-eu';
  if (country === 'GB' || country === 'CH') return 'european-non-eea';
  const r = random();
  return r < 0.8
    ? 'eea-controlled'
    : r < 0.9
      ? 'eu-operator-non-eu-technology'
      : 'eu-subsidiary-of-non-eu-parent';
}

const partners = (a: string, b: string) => (a === b ? `${a} ICT` : `${a} & ${b}`);

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * `count` invented suppliers with names shaped like those of a real marketplace ("Hanze Cloud B.V.",
 * "Jansen & Bakker GmbH"), unique names and ids, countries weighted towards the EEA and a control
 * fact consistent with the country. Invented combinations: the description says so.
 */
export function syntheticProviders(count: number, random: () => number): Provider[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const names = new Set<string>();
  const providers: Provider[] = [];
  while (providers.length < count) {
    let r = random() * WEIGHT;
    const [country, suffix] = COUNTRIES.find(([, , w]) => (r -= w) < 0) ?? COUNTRIES[0];
    const shape = random();
    const base =
      shape < 0.5
        ? `${pick(PREFIXES)} ${pick(CORES)}`
        : shape < 0.8
          ? `${pick(SURNAMES)} ${pick(CORES)}`
          : partners(pick(SURNAMES), pick(SURNAMES));
    let name = `${base} ${suffix}`;
    // Past a few thousand suppliers combinations repeat: a trading-name number keeps names unique.
    for (let k = 2; names.has(name); k++) name = `${base} ${k} ${suffix}`;
    names.add(name);
    const i = providers.length;
    providers.push({
      id: `${slug(name)}-${i}`,
      name,
      type: random() < 0.05 ? 'government' : 'market',
      hqCountry: country,
      control: {
        value: controlOf(country, random),
        sources: [
          {
            url: `https://example.org/synthetic/providers/${i}`,
            kind: 'secondary',
            retrievedOn: '2026-11-28',
            note: `Synthetic source of provider ${i}.`,
          },
        ],
      },
      description: {
        nl: 'Verzonnen leverancier voor benchmarks; geen echt bedrijf.',
        en: 'Invented supplier for benchmarks; not a real company.',
      },
    });
  }
  return providers;
}
