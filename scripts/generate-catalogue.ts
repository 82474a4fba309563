import fs from 'node:fs';
import path from 'node:path';
import type {
  CatalogueDocument,
  Evidence,
  EvidenceScheme,
  Fact,
  KeyCustody,
  Service,
  ServiceModel,
  Source,
} from '../src/domain/catalogue.types';
import { EVIDENCE_SCHEMES, SERVICE_MODELS } from '../src/domain/catalogue.types';
import { syntheticProviders } from './generate/synthetic-providers';
import { prng } from './prng';

const REFERENCE = path.join(__dirname, '..', 'seeds', 'data', 'catalogue.json');
const COUNTRIES = ['NL', 'DE', 'FR', 'BE', 'FI', 'SE', 'IE', 'IT', 'ES', 'AT', 'CH', 'GB', 'US', 'SG'];
const KEY_CUSTODY: KeyCustody[] = ['provider', 'byok', 'customer-kms', 'end-to-end'];
const STATUSES = ['certified', 'attested', 'qualified', 'in-progress', 'declared'] as const;

/**
 * Who offers the services: `reference` spreads them over the ~36 reference providers; `marketplace`
 * invents one supplier per SERVICES_PER_SUPPLIER services, as on a real marketplace (G-Cloud 14:
 * ~40,000 services from ~6,700 suppliers), a few large and many small.
 */
export type ProviderShape = 'reference' | 'marketplace';
export const PROVIDER_SHAPES: readonly ProviderShape[] = ['reference', 'marketplace'];
export const SERVICES_PER_SUPPLIER = 6;

/**
 * A synthetic catalogue of `n` services for benchmarks and large-import checks: the reference
 * categories and capabilities, the reference providers or invented suppliers (see ProviderShape),
 * and invented services whose facts vary (sourced and unsourced, locations, evidence, contract
 * terms, acyclic runsOn links). Names and sources say they are synthetic; this is never real data
 * about the providers.
 */
export function generateCatalogue(
  n: number,
  seed: number,
  shape: ProviderShape = 'reference',
): CatalogueDocument {
  const reference = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as CatalogueDocument;
  const random = prng(seed);
  const providers =
    shape === 'marketplace'
      ? syntheticProviders(Math.max(1, Math.round(n / SERVICES_PER_SUPPLIER)), prng(seed + 1))
      : reference.providers;
  // Marketplace: every supplier offers at least one service; the rest go preferably to the first
  // (larger) suppliers, so a few offer dozens of services and most a handful.
  const providerOf = (i: number) =>
    shape === 'marketplace' && i < providers.length
      ? providers[i]
      : shape === 'marketplace'
        ? providers[Math.floor(random() ** 2 * providers.length)]
        : pick(providers);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  const source = (i: number, k: number): Source => ({
    url: `https://example.org/synthetic/${i}/${k}`,
    kind: random() < 0.7 ? 'primary' : 'secondary',
    retrievedOn: '2026-11-28',
    note: `Synthetic source ${k} of service ${i}.`,
  });
  const fact = <T>(i: number, value: T): Fact<T> =>
    random() < 0.8
      ? { value, sources: [source(i, 1), ...(random() < 0.3 ? [source(i, 2)] : [])] }
      : { value };
  const categoryIds = reference.categories.map((c) => c.id);
  const capabilityIds = reference.capabilities.map((c) => c.id);

  const services: Service[] = [];
  for (let i = 0; i < n; i++) {
    const provider = providerOf(i);
    const serviceModel: ServiceModel = pick(SERVICE_MODELS);
    const service: Service = {
      id: `synthetic-${provider.id}-${i}`,
      providerId: provider.id,
      name: `Synthetic service ${i} (${provider.name})`,
      summary: { nl: `Synthetische dienst ${i} voor tests.`, en: `Synthetic service ${i} for tests.` },
      categories: some(categoryIds, 3),
      serviceModel,
    };
    if (random() < 0.5) service.capabilities = some(capabilityIds, 4);
    if (i > 0 && random() < 0.05) service.runsOn = [services[Math.floor(random() * i)].id];
    if (random() < 0.6)
      service.openSource = fact(i, { licence: pick(['proprietary', 'AGPL-3.0', 'Apache-2.0', 'EUPL-1.2']) });
    service.data = { locations: fact(i, some(COUNTRIES, 3)) };
    if (random() < 0.5) service.data.contractualEeaOnly = fact(i, random() < 0.5);
    if (random() < 0.4) service.data.keyCustody = fact(i, pick(KEY_CUSTODY));
    const evidence: Evidence[] = some<EvidenceScheme>(EVIDENCE_SCHEMES, 3).map((scheme, k) => ({
      scheme,
      status: pick(STATUSES),
      coversService: random() < 0.5,
      validUntil: random() < 0.8 ? '2027-06-30' : '2025-01-31',
      sources: [source(i, 10 + k)],
    }));
    if (random() < 0.7) service.evidence = evidence;
    if (random() < 0.5) service.exit = { exportFormats: fact(i, some(['CSV', 'JSON', 'OVF', 'S3'], 3)) };
    service.contract = { slaAvailabilityPct: fact(i, pick([99, 99.5, 99.9, 99.95])) };
    if (random() < 0.5) service.contract.noticePeriodDays = fact(i, pick([30, 60, 90]));
    if (random() < 0.3) service.contract.dpaAvailable = fact(i, true);
    services.push(service);
  }
  return {
    schemaVersion: 1,
    title: `Synthetic benchmark catalogue (${n} services, seed ${seed}) – not real data`,
    publishedOn: '2026-11-28',
    categories: reference.categories,
    capabilities: reference.capabilities,
    providers,
    services,
  };
}

// Usage: node --import tsx scripts/generate-catalogue.ts COUNT [SEED] [FILE] [reference|marketplace]
if (require.main === module) {
  const [count = '1000', seed = '1', file, shape = 'reference'] = process.argv.slice(2);
  if (!PROVIDER_SHAPES.includes(shape as ProviderShape))
    throw new Error(`shape: ${PROVIDER_SHAPES.join(' or ')}`);
  const json = JSON.stringify(
    generateCatalogue(Number(count), Number(seed), shape as ProviderShape),
    null,
    2,
  );
  if (file) fs.writeFileSync(file, `${json}\n`);
  else process.stdout.write(`${json}\n`);
}
