import { DomainException } from '../../common/errors/domain.exception';
import { parseIdempotencyKey, requestFingerprint } from './idempotency-key';

describe('Idempotency-Key', () => {
  it.each(['a', '3f1c2a7e-9b0d-4c55-8a7e-2b1f0c9d8e7f', 'x'.repeat(128), 'retry #2 of "alarm" ~!'])('accepts %j', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['a control character', 'abc\tdef'],
    ['non-ASCII', 'clé-1'],
    ['sent twice', ['a', 'b']],
  ])('refuses a key that is %s with 400 idempotency_key_invalid', (_name, header) => {
    const error = (() => {
      try {
        parseIdempotencyKey(header);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ status: 400, code: 'idempotency_key_invalid' });
  });
});

describe('requestFingerprint', () => {
  const base = requestFingerprint('POST', '/api/v1/jobs', { title: 'Cook', hours: 30, skills: ['a', 'b'] });

  it('is the same for the same request, whatever the order of its JSON keys', () => {
    expect(requestFingerprint('post', '/api/v1/jobs', { skills: ['a', 'b'], hours: 30, title: 'Cook' })).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['another method', requestFingerprint('PUT', '/api/v1/jobs', { title: 'Cook', hours: 30, skills: ['a', 'b'] })],
    ['another path', requestFingerprint('POST', '/api/v1/grants', { title: 'Cook', hours: 30, skills: ['a', 'b'] })],
    ['another query', requestFingerprint('POST', '/api/v1/jobs?draft=true', { title: 'Cook', hours: 30, skills: ['a', 'b'] })],
    ['another value', requestFingerprint('POST', '/api/v1/jobs', { title: 'Cook', hours: 31, skills: ['a', 'b'] })],
    ['another order of an array', requestFingerprint('POST', '/api/v1/jobs', { title: 'Cook', hours: 30, skills: ['b', 'a'] })],
    ['no body', requestFingerprint('POST', '/api/v1/jobs', undefined)],
  ])('differs for %s', (_name, other) => {
    expect(other).not.toBe(base);
  });

  it('tells a missing body from an empty one', () => {
    expect(requestFingerprint('POST', '/x', undefined)).not.toBe(requestFingerprint('POST', '/x', {}));
  });
});
