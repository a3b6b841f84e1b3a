import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { EncryptionKey, FieldCipher } from './field-cipher';

const key = (id: string): EncryptionKey => ({ id, key: randomBytes(32) });
const cipherWith = (...keys: EncryptionKey[]) => new FieldCipher({ encryption: { keys } } as AppConfig);

describe('FieldCipher', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('opens what it sealed, and the sealed text does not contain the plaintext', () => {
    const cipher = cipherWith(k1);
    const sealed = cipher.seal('Maria Lopez', 'survivor:1');
    expect(sealed).not.toContain('Maria');
    expect(sealed.startsWith('v1.k1.')).toBe(true);
    expect(cipher.open(sealed, 'survivor:1')).toBe('Maria Lopez');
  });

  it('seals the same text differently each time (a fresh IV)', () => {
    const cipher = cipherWith(k1);
    expect(cipher.seal('same', 'c')).not.toBe(cipher.seal('same', 'c'));
  });

  it('refuses a value moved to another record or tampered with', () => {
    const cipher = cipherWith(k1);
    const sealed = cipher.seal('Maria Lopez', 'survivor:1');
    expect(() => cipher.open(sealed, 'survivor:2')).toThrow();
    const parts = sealed.split('.');
    const data = Buffer.from(parts[4], 'base64url');
    data[0] ^= 1;
    parts[4] = data.toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'survivor:1')).toThrow();
  });

  it('after rotation seals with the new key, still opens old values, and says which need re-sealing', () => {
    const old = cipherWith(k1).seal('old value', 'c');
    const rotated = cipherWith(k2, k1);
    expect(rotated.open(old, 'c')).toBe('old value');
    expect(rotated.needsRotation(old)).toBe(true);
    const fresh = rotated.seal('new value', 'c');
    expect(rotated.keyIdOf(fresh)).toBe('k2');
    expect(rotated.needsRotation(fresh)).toBe(false);
  });

  it('names the missing key when a value was sealed with a key no longer configured', () => {
    const sealed = cipherWith(k1).seal('x', 'c');
    expect(() => cipherWith(k2).open(sealed, 'c')).toThrow(/"k1"/);
  });
});
