import { randomBytes, randomUUID } from 'node:crypto';
import { JsonLogger } from './json-logger';
import { REDACTED, redact, redactString } from './redact';

describe('redact', () => {
  const token = randomBytes(32).toString('base64url');
  const sha256 = 'a'.repeat(64);

  // The API accepts internationalised addresses (class-validator allows a UTF-8 local part).
  it.each(['maria.lopez@example.org', 'Maria.Lopez+shelter@Mail.Example.CO.UK', 'x_y-z%1@sub.domain.io', 'maría.lópez@example.org', 'đức@bücher.de', 'अनु@उदाहरण.भारत'])('replaces the email address %s inside any string', (email) => {
    const out = redactString(`invite sent to ${email}, ok`);
    expect(out).not.toContain(email.split('@')[0]);
    expect(out).not.toContain('@');
    expect(out).toBe('invite sent to [email], ok');
  });

  it('replaces session, CSRF and invitation tokens and long hashes', () => {
    expect(redactString(`cookie onward_session=${token}; Path=/`)).toBe('cookie onward_session=[token]; Path=/');
    expect(redactString(`/invite#${token}`)).toBe('/invite#[token]');
    expect(redactString(`hash ${sha256}`)).toBe('hash [token]');
    expect(redactString(`Bearer ${token}`)).not.toContain(token);
  });

  it('replaces a whole token that starts or ends with "-", as base64url tokens may', () => {
    const dashed = `-${'A'.repeat(41)}-`;
    expect(redactString(`cookie onward_session=${dashed}; Path=/`)).toBe('cookie onward_session=[token]; Path=/');
    expect(redactString(`/invite#${dashed}`)).toBe('/invite#[token]');
  });

  it('keeps UUIDs, numbers and ordinary words readable', () => {
    const id = randomUUID();
    expect(redactString(`Delivery of email ${id} failed`)).toBe(`Delivery of email ${id} failed`);
    expect(redact({ userId: id, status: 503, ok: true, ms: 12.5, nothing: null })).toEqual({ userId: id, status: 503, ok: true, ms: 12.5, nothing: null });
  });

  it.each([
    'password',
    'passwordHash',
    'newPass',
    'token',
    'sessionToken',
    'secret',
    'cookie',
    'authorization',
    'Authorisation',
    'email',
    'e-mail',
    'phone',
    'phoneNumber',
    'legalName',
    'legal_name',
    'displayName',
    'dateOfBirth',
    'dob',
    'address',
    'clientAddress',
    'toAddress',
    'csrf',
    'x-csrf-token',
  ])('replaces the whole value under the sensitive key "%s", whatever its type', (key) => {
    expect(redact({ [key]: 'River Song' })).toEqual({ [key]: REDACTED });
    expect(redact({ [key]: { nested: 'value' } })).toEqual({ [key]: REDACTED });
    expect(redact({ [key]: 12345 })).toEqual({ [key]: REDACTED });
  });

  it('walks nested objects and arrays', () => {
    const entry = {
      msg: 'request',
      user: { id: 'u1', displayName: 'Amina', contacts: [{ phone: '+44 7700 900123' }, 'write to amina@example.org'] },
      headers: { cookie: `onward_session=${token}`, 'user-agent': 'Mozilla/5.0' },
    };
    const out = JSON.stringify(redact(entry));
    for (const secret of ['Amina', '7700', 'amina@', token]) expect(out).not.toContain(secret);
    expect(redact(entry)).toEqual({
      msg: 'request',
      user: { id: 'u1', displayName: REDACTED, contacts: [{ phone: REDACTED }, 'write to [email]'] },
      headers: { cookie: REDACTED, 'user-agent': 'Mozilla/5.0' },
    });
  });

  it('stops at a depth limit instead of walking a deep or cyclic structure', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(() => redact(cyclic)).not.toThrow();
    expect(JSON.stringify(redact(cyclic))).toContain('[deep]');
  });

  it('is applied to every line the JSON logger writes', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('debug', (line) => lines.push(line));
    logger.log({ msg: 'Login failed', email: 'private.person@example.org', reason: `token ${token} for private.person@example.org` }, 'Auth');
    logger.error('Failed for private.person@example.org', new Error(`boom ${token}`), 'Mail');
    const all = lines.join('\n');
    expect(all).not.toContain('private.person');
    expect(all).not.toContain(token);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', context: 'Auth', msg: 'Login failed', email: REDACTED });
  });
});
