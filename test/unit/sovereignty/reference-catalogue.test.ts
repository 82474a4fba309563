import fs from 'node:fs';
import path from 'node:path';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { REFERENCE_ASSESSMENT_DATE } from '../../support/catalogue-factory';

// The facts behind these expectations were read from seeds/data/catalogue.json (28 November 2026) and
// still hold in the version of 30 November 2026.
const document = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'data', 'catalogue.json'), 'utf8'),
) as CatalogueDocument;
const assessments = assessCatalogue(document, REFERENCE_ASSESSMENT_DATE);
const of = (id: string) => assessments.get(id) as Assessment;

describe('the reference catalogue', () => {
  it('assesses every service', () => {
    expect(assessments.size).toBe(document.services.length);
  });

  it('rates Microsoft 365 at 0, limited by jurisdiction (non-EU control) and data (no locations)', () => {
    const m365 = of('microsoft-365');
    expect(m365.overall).toBe(0);
    expect(m365.limitedBy).toEqual(['jurisdiction', 'data']);
    expect(m365.dimensions.jurisdiction.rungs[0].reasonParams).toEqual({ control: 'non-eu' });
    // Its "proprietary" licence fact has no source in the catalogue.
    expect(m365.unverifiedFacts).toEqual(['openSource']);
    expect(m365.dimensions.openness.level).toBe(1);
  });

  it('caps opendesk-enterprise-saas through STACKIT, which is no stronger on J and D', () => {
    const saas = of('opendesk-enterprise-saas');
    const stackit = of('stackit-cloud-iaas-paas');
    expect(document.services.find((s) => s.id === 'opendesk-enterprise-saas')?.runsOn).toEqual([
      'stackit-cloud-iaas-paas',
    ]);
    for (const dimension of ['jurisdiction', 'data'] as const) {
      // Its own facts reach exactly STACKIT's level, so the cap binds without lowering it.
      expect(saas.dimensions[dimension].level).toBe(stackit.dimensions[dimension].level);
      expect(saas.dimensions[dimension].cappedBy).toBeUndefined();
      expect(saas.dimensions[dimension].raise).toContainEqual({
        key: 'sovereignty.advice.supplyChain',
        params: { service: 'stackit-cloud-iaas-paas', level: saas.dimensions[dimension].level + 1 },
      });
    }
    expect([saas.dimensions.jurisdiction.level, saas.dimensions.data.level]).toEqual([3, 2]);
  });

  it('keeps Hetzner Cloud at D1 because data locations include US and SG', () => {
    const data = of('hetzner-cloud').dimensions.data;
    expect(data.level).toBe(1);
    expect(data.rungs[1].reasonParams).toEqual({ countries: 'US, SG' });
  });

  it('gives the qualified OVHcloud SecNumCloud offer J4 and A4, limited by openness', () => {
    const ovh = of('ovhcloud-hpc-vmware-secnumcloud');
    expect(ovh.dimensions.jurisdiction.level).toBe(4);
    expect(ovh.dimensions.assurance.level).toBe(4);
    expect(ovh.overall).toBe(1);
    expect(ovh.limitedBy).toEqual(['openness']);
  });

  it("does not count Bleu's in-progress SecNumCloud application, though it covers the service", () => {
    const bleu = of('bleu-cloud-de-confiance');
    expect(bleu.dimensions.assurance.level).toBe(1);
    expect(bleu.dimensions.assurance.rungs[1].reasonKey).toBe('sovereignty.reasons.evidence.inProgress');
    expect(bleu.dimensions.jurisdiction.level).toBe(2);
  });

  it('applies the self-hosted rules to Nextcloud Hub but not to the Jitsi SaaS with the same kind of licence', () => {
    const nextcloud = of('nextcloud-hub');
    expect(nextcloud.selfHosted).toBe(true);
    expect(nextcloud.overall).toBe(4);
    expect(nextcloud.dimensions.assurance.applicable).toBe(false);
    const jitsiSaas = of('jitsi-as-a-service-8x8');
    expect(jitsiSaas.selfHosted).toBe(false);
    expect(jitsiSaas.overall).toBe(0);
  });

  it('counts 13 self-hosted services, matching the catalogue notes', () => {
    expect([...assessments.values()].filter((a) => a.selfHosted)).toHaveLength(13);
  });
});
