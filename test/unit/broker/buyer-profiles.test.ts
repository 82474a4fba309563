import { BUYER_PROFILES, parseBuyerProfiles } from '../../../src/domain/broker/buyer-profiles';

describe('buyer profiles data file', () => {
  it('holds the six profiles of the sovereignty model, least sensitive first', () => {
    expect(BUYER_PROFILES.map((p) => p.id)).toEqual([
      'public',
      'internal',
      'personal-data',
      'special-category',
      'departmental-confidential',
      'state-secret',
    ]);
  });

  it('has the minimum levels of docs/sovereignty.md', () => {
    const levels = Object.fromEntries(BUYER_PROFILES.map((p) => [p.id, Object.values(p.minimums).join('')]));
    expect(levels).toMatchObject({
      public: '0010',
      internal: '1212',
      'personal-data': '2212',
      'special-category': '3323',
      'departmental-confidential': '3323',
    });
    expect(BUYER_PROFILES.filter((p) => !p.publicCloudAllowed).map((p) => p.id)).toEqual(['state-secret']);
  });

  it('rejects a bad edit: level out of range, unknown field, duplicate id', () => {
    const good = {
      id: 'x',
      name: { nl: 'X' },
      publicCloudAllowed: true,
      minimums: { jurisdiction: 0, data: 0, openness: 0, assurance: 0 },
    };
    expect(parseBuyerProfiles({ profiles: [good] })).toHaveLength(1);
    expect(() =>
      parseBuyerProfiles({ profiles: [{ ...good, minimums: { ...good.minimums, data: 5 } }] }),
    ).toThrow(/data/);
    expect(() => parseBuyerProfiles({ profiles: [{ ...good, colour: 'red' }] })).toThrow(/colour/);
    expect(() => parseBuyerProfiles({ profiles: [good, good] })).toThrow(/unique/);
  });
});
