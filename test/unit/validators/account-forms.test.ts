import { translator } from '../../../src/i18n/i18n';
import { localPath, typedValues } from '../../../src/validators/account-form';
import { parseLoginForm } from '../../../src/validators/login-form';
import { parsePasswordForm } from '../../../src/validators/password-form';
import { badRequest, type Validated } from '../../../src/validators/problem';
import { parseInviteForm, parseRoleForm, parseUserId } from '../../../src/validators/user-forms';

/** Each problem as `field: message` in Dutch, as the error summary shows it. */
function problemsOf<T>(result: Validated<T>): string[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.value)}`);
  return badRequest(result.problems, translator('nl')).problems.map((p) => `${p.parameter}: ${p.message}`);
}

const LONG = 'a long enough passphrase';

describe('sign-in form', () => {
  it('accepts an address and a password, trimming the address only', () => {
    expect(parseLoginForm({ email: ' user@example.org ', password: ' secret ' })).toEqual({
      ok: true,
      value: { email: 'user@example.org', password: ' secret ' },
    });
  });

  it('names each missing field once', () => {
    expect(problemsOf(parseLoginForm({ email: '  ' }))).toEqual([
      'email: Vul uw e-mailadres in.',
      'password: Vul uw wachtwoord in.',
    ]);
    expect(problemsOf(parseLoginForm(undefined))).toHaveLength(2);
    expect(problemsOf(parseLoginForm({ email: ['a', 'b'], password: 'x' }))).toEqual([
      'email: Vul uw e-mailadres in.',
    ]);
  });

  it('refuses a password longer than 1024 characters', () => {
    expect(problemsOf(parseLoginForm({ email: 'a@example.org', password: 'x'.repeat(1025) }))).toEqual([
      'password: Vul uw wachtwoord in.',
    ]);
  });
});

describe('password form of a one-time link', () => {
  const invited = { askEmail: false, accountEmail: 'invited@example.org' };

  it('accepts a long enough password typed twice, for the invited address', () => {
    expect(parsePasswordForm({ password: LONG, confirm: LONG, email: 'other@x.org' }, invited)).toEqual({
      ok: true,
      value: { email: 'invited@example.org', password: LONG },
    });
  });

  it('refuses a short password, the address as password, and a different confirmation', () => {
    expect(problemsOf(parsePasswordForm({ password: 'short', confirm: 'short' }, invited))).toEqual([
      'password: Het wachtwoord moet minstens 12 tekens lang zijn.',
    ]);
    expect(
      problemsOf(
        parsePasswordForm({ password: 'INVITED@example.org', confirm: 'INVITED@example.org' }, invited),
      ),
    ).toEqual(['password: Het wachtwoord mag niet uw e-mailadres zijn.']);
    expect(problemsOf(parsePasswordForm({ password: LONG, confirm: `${LONG}!` }, invited))).toEqual([
      'confirm: De twee wachtwoorden zijn niet gelijk.',
    ]);
  });

  it('asks the first administrator for a valid address, and reports it with the password', () => {
    const setup = { askEmail: true, accountEmail: '' };
    expect(parsePasswordForm({ email: ' first@example.org ', password: LONG, confirm: LONG }, setup)).toEqual(
      { ok: true, value: { email: 'first@example.org', password: LONG } },
    );
    expect(problemsOf(parsePasswordForm({ email: 'not an address', password: 'short' }, setup))).toEqual([
      'email: Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      'password: Het wachtwoord moet minstens 12 tekens lang zijn.',
    ]);
  });
});

describe('invitation form', () => {
  it('reads address, role, provider and name; empty provider and name are none', () => {
    expect(
      parseInviteForm({ email: ' New@Example.org ', role: 'supplier', provider: ' acme ', name: '' }),
    ).toEqual({
      ok: true,
      value: { email: 'New@Example.org', role: 'supplier', providerId: 'acme', name: null },
    });
    expect(parseInviteForm({ email: 'c@example.org', role: 'curator' })).toMatchObject({
      ok: true,
      value: { providerId: null, name: null },
    });
  });

  it('names the invalid address, the unknown role and a provider id too long', () => {
    expect(problemsOf(parseInviteForm({ email: 'nope', role: 'emperor', provider: 'p'.repeat(81) }))).toEqual(
      [
        'email: Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
        'role: Kies een rol: leverancier, redacteur of beheerder.',
        'provider: Deze aanbieder staat niet in de catalogus.',
      ],
    );
  });
});

describe('role form and user id', () => {
  it('reads a role and the provider of a supplier', () => {
    expect(parseRoleForm({ role: 'supplier', provider: 'acme' })).toEqual({
      ok: true,
      value: { role: 'supplier', providerId: 'acme' },
    });
    expect(parseRoleForm({ role: 'admin', provider: '' })).toEqual({
      ok: true,
      value: { role: 'admin', providerId: null },
    });
    expect(problemsOf(parseRoleForm({ role: 'root' }))).toEqual([
      'role: Kies een rol: leverancier, redacteur of beheerder.',
    ]);
  });

  it('takes only a positive 32-bit integer as a user id', () => {
    expect(parseUserId('42')).toEqual({ ok: true, value: 42 });
    for (const bad of ['0', '-1', '1.5', 'abc', '2147483648', '', '0x10', '1e3', '+5', '05', 42, ['1']])
      expect(parseUserId(bad).ok).toBe(false);
  });
});

describe('form helpers', () => {
  it('keeps a local path and refuses another site', () => {
    expect(localPath('/drafts/1?x=1', '/account')).toBe('/drafts/1?x=1');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '/a\nb', 42])
      expect(localPath(bad, '/account')).toBe('/account');
  });

  it('echoes typed strings only, cut to length', () => {
    expect(typedValues({ email: 'x'.repeat(400), role: ['a'] }, ['email', 'role', 'name'])).toEqual({
      email: 'x'.repeat(320),
      role: '',
      name: '',
    });
  });
});
