import type { OpenSourceValue, ServiceExit } from '../../../src/domain/catalogue.types';
import { assessOne, sourced, unsourced } from './sovereignty.factories';

const full: ServiceExit = {
  exportFormats: sourced(['QCOW2']),
  openStandards: sourced(['OpenStack']),
  dataActSwitching: sourced(true),
};
const apache = sourced<OpenSourceValue>({ licence: 'Apache-2.0', selfHostable: true });

function opennessOf(exit: ServiceExit, openSource = apache) {
  // A SaaS, so that the self-hosted rules never apply here.
  return assessOne({ serviceModel: 'saas', exit, openSource }).dimensions.openness;
}

describe('openness and exit (T)', () => {
  it('reaches T4 with both lists, switching terms and a self-hostable OSI licence', () => {
    const t = opennessOf(full);
    expect(t.level).toBe(4);
    expect(t.selfHostedRule).toBeUndefined();
  });

  it('is T0 without a sourced way out', () => {
    const t = opennessOf({ dataActSwitching: sourced(true) });
    expect(t.level).toBe(0);
    expect(t.rungs[0].reasonKey).toBe('sovereignty.reasons.openness.noExitRoute');
    expect(t.raise.map((r) => r.key)).toEqual(['sovereignty.advice.openness.T1']);
    const unverified = opennessOf({ exportFormats: unsourced(['CSV']) });
    expect(unverified.level).toBe(0);
    expect(unverified.rungs[0].reasonKey).toBe('sovereignty.reasons.factUnverified');
    expect(opennessOf({ exportFormats: sourced([]) }).level).toBe(0);
  });

  it('reaches T1 with either list alone', () => {
    expect(opennessOf({ exportFormats: sourced(['MBOX']) }).level).toBe(1);
    const t = opennessOf({ openStandards: sourced(['IMAP']) });
    expect(t.level).toBe(1);
    expect(t.firstFailed).toBe('T2');
    expect(t.raise.map((r) => r.key)).toEqual(['sovereignty.advice.openness.T2']);
  });

  it('needs sourced switching terms for T2', () => {
    expect(opennessOf({ ...full, dataActSwitching: sourced(false) }).level).toBe(1);
    expect(opennessOf({ ...full, dataActSwitching: unsourced(true) }).level).toBe(1);
  });

  it('needs both open standards and export formats for T3', () => {
    const t = opennessOf({ ...full, openStandards: undefined });
    expect(t.level).toBe(2);
    expect(t.rungs[2].reasonKey).toBe('sovereignty.reasons.factMissing');
    expect(t.raise.map((r) => r.key)).toEqual(['sovereignty.advice.openness.T3standards']);
    expect(opennessOf({ ...full, exportFormats: undefined }).level).toBe(2);
  });

  it('stops at T3 for a non-OSI licence, a non-self-hostable one, or an unsourced one', () => {
    const proprietary = opennessOf(full, sourced({ licence: 'proprietary', selfHostable: true }));
    expect(proprietary.level).toBe(3);
    expect(proprietary.rungs[3]).toMatchObject({
      reasonKey: 'sovereignty.reasons.openness.notOsi',
      reasonParams: { licence: 'proprietary' },
    });
    const notSelfHostable = opennessOf(full, sourced({ licence: 'GPL-3.0', selfHostable: false }));
    expect(notSelfHostable.rungs[3].reasonKey).toBe('sovereignty.reasons.openness.notSelfHostable');
    expect(notSelfHostable.level).toBe(3);
    expect(opennessOf(full, unsourced({ licence: 'EUPL-1.2', selfHostable: true })).level).toBe(3);
  });
});
