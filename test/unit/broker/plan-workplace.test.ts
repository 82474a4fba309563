import { findBuyerProfile } from '../../../src/domain/broker/buyer-profiles';
import { NO_MUST_HAVES } from '../../../src/domain/broker/broker.types';
import { matchProfile } from '../../../src/domain/broker/match-profile';
import { planWorkplace } from '../../../src/domain/broker/plan-workplace';
import { goodService, modelOf, provider, sourced } from './broker-fixtures';

const capabilities = [
  { id: 'mail-calendar', name: { nl: 'E-mail en agenda' }, replaces: ['Microsoft Outlook'] },
  { id: 'word-processing', name: { nl: 'Tekstverwerking' }, replaces: ['Microsoft Word'] },
  { id: 'spreadsheets', name: { nl: 'Rekenbladen' }, replaces: ['Microsoft Excel'] },
  { id: 'chat', name: { nl: 'Chat' }, replaces: ['Microsoft Teams (chat)'] },
  { id: 'diagrams', name: { nl: 'Diagrammen' }, replaces: ['Microsoft Visio'] },
];

const services = [
  goodService('suite', { capabilities: ['spreadsheets', 'word-processing', 'chat'] }),
  goodService('chat-app', { capabilities: ['chat'] }),
  // Provides mail but fails the profile: US data locations.
  goodService('us-mail', { capabilities: ['mail-calendar'], data: { locations: sourced(['US']) } }),
  goodService('no-capabilities'),
];
const model = modelOf(services, [provider('gov')], capabilities);
const match = matchProfile(model, { profile: findBuyerProfile('internal')!, mustHaves: NO_MUST_HAVES });
const plan = planWorkplace(model, match);

describe('planWorkplace', () => {
  it('has one row per catalogue capability, in catalogue order', () => {
    expect(plan.rows.map((r) => r.capability.id)).toEqual(capabilities.map((c) => c.id));
  });

  it('shows a suite as one column covering several capabilities, before single services', () => {
    expect(plan.columns.map((c) => [c.entry.service.id, c.suite])).toEqual([
      ['suite', true],
      ['chat-app', false],
    ]);
    expect(plan.columns[0].capabilityIds).toEqual(['word-processing', 'spreadsheets', 'chat']);
  });

  it('marks the cells each column covers', () => {
    const cells = Object.fromEntries(plan.rows.map((r) => [r.capability.id, r.cells]));
    expect(cells).toEqual({
      'mail-calendar': [false, false],
      'word-processing': [true, false],
      spreadsheets: [true, false],
      chat: [true, true],
      diagrams: [false, false],
    });
  });

  it('finds the gaps, and which providers of a gap capability were excluded', () => {
    expect(plan.gaps.map((g) => g.id)).toEqual(['mail-calendar', 'diagrams']);
    const mail = plan.rows.find((r) => r.capability.id === 'mail-calendar')!;
    expect(mail.gap).toBe(true);
    expect(mail.excluded.map((e) => e.entry.service.id)).toEqual(['us-mail']);
    expect(plan.rows.find((r) => r.capability.id === 'diagrams')!.excluded).toEqual([]);
  });

  it('closes the gap when the profile admits the service', () => {
    const lenient = planWorkplace(
      model,
      matchProfile(model, { profile: findBuyerProfile('public')!, mustHaves: NO_MUST_HAVES }),
    );
    expect(lenient.gaps.map((g) => g.id)).toEqual(['diagrams']);
    expect(lenient.rows[0].candidates.map((e) => e.service.id)).toEqual(['us-mail']);
  });

  it('keeps the Microsoft products each capability replaces', () => {
    expect(plan.rows.find((r) => r.capability.id === 'chat')!.capability.replaces).toEqual([
      'Microsoft Teams (chat)',
    ]);
  });
});
