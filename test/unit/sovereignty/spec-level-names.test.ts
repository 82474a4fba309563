import { translator } from '../../../src/i18n/i18n';
import { BUYER_PROFILES } from '../../../src/domain/broker/buyer-profiles';

/* SOVEREIGNTY.md, "Level names (overall and per dimension)" and "Buyer profiles (broker)". */

describe('level names as in the spec table', () => {
  it.each<[number, string, string]>([
    [0, 'Geen soevereiniteit aangetoond', 'No sovereignty shown'],
    [1, 'Juridische soevereiniteit', 'Jurisdictional sovereignty'],
    [2, 'Datasoevereiniteit', 'Data sovereignty'],
    [3, 'Digitale weerbaarheid', 'Digital resilience'],
    [4, 'Volledige digitale soevereiniteit', 'Full digital sovereignty'],
  ])('level %i: %s / %s', (level, nl, en) => {
    expect(translator('nl')(`sovereignty.levels.${level}`)).toBe(nl);
    expect(translator('en')(`sovereignty.levels.${level}`)).toBe(en);
  });
});

describe('buyer profile defaults as in the spec table (J, D, T, A; — = not in public cloud)', () => {
  it.each<[string, string, number[] | null]>([
    ['Openbare informatie', 'Public information', [0, 0, 1, 0]],
    ['Interne bedrijfsinformatie', 'Internal business information', [1, 2, 1, 2]],
    ['Persoonsgegevens', 'Personal data', [2, 2, 1, 2]],
    ['Bijzondere persoonsgegevens / BRP', 'Special-category personal data', [3, 3, 2, 3]],
    ['Departementaal vertrouwelijk', 'Departmental confidential', [3, 3, 2, 3]],
    ['Staatsgeheim', 'State secret', null],
  ])('%s / %s', (nl, en, minimums) => {
    const profile = BUYER_PROFILES.find((p) => p.name.nl === nl);
    expect(profile?.name.en).toBe(en);
    expect(profile?.publicCloudAllowed).toBe(minimums !== null);
    if (minimums) {
      const { jurisdiction, data, openness, assurance } = profile!.minimums;
      expect([jurisdiction, data, openness, assurance]).toEqual(minimums);
    }
  });

  it('has exactly the six profiles of the spec, from least to most sensitive', () => {
    expect(BUYER_PROFILES.map((p) => p.name.en)).toEqual([
      'Public information',
      'Internal business information',
      'Personal data',
      'Special-category personal data',
      'Departmental confidential',
      'State secret',
    ]);
  });
});
