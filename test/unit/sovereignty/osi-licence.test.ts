import { isOsiApproved } from '../../../src/domain/sovereignty/osi-licence';

describe('isOsiApproved', () => {
  it.each([
    'AGPL-3.0',
    'AGPL-3.0-or-later',
    'AGPL-3.0-only',
    'GPL-3.0',
    'GPL-3.0-only',
    'LGPL-2.1-or-later',
    'EUPL-1.2',
    'Apache-2.0',
    'MPL-2.0',
    'MIT',
  ])('approves %s, as used in the catalogue', (licence) => {
    expect(isOsiApproved(licence)).toBe(true);
  });

  it.each([
    'proprietary',
    'LicenseRef-Commercial',
    'CC-BY-NC-4.0',
    'BUSL-1.1',
    'SSPL-1.0',
    '',
    'NOT-A-LICENCE',
  ])('rejects %j', (licence) => {
    expect(isOsiApproved(licence)).toBe(false);
  });

  it('matches identifiers case-insensitively and reads a + suffix as -or-later', () => {
    expect(isOsiApproved('eupl-1.2')).toBe(true);
    expect(isOsiApproved('EUPL-1.2+')).toBe(true);
    expect(isOsiApproved('BUSL-1.1-or-later')).toBe(false);
  });

  it('reads SPDX expressions: OR needs one approved operand, AND needs all, WITH keeps the licence', () => {
    expect(isOsiApproved('AGPL-3.0-or-later OR LicenseRef-Commercial')).toBe(true);
    expect(isOsiApproved('MIT AND LicenseRef-Commercial')).toBe(false);
    expect(isOsiApproved('(MIT OR Apache-2.0) AND MPL-2.0')).toBe(true);
    expect(isOsiApproved('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(true);
    expect(isOsiApproved('MIT OR')).toBe(false);
    expect(isOsiApproved('(MIT')).toBe(false);
  });
});
