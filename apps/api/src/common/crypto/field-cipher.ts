import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** One data-encryption key: 32 bytes for AES-256, named so stored values say which key sealed them. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

const FORMAT = 'v1';
const IV_BYTES = 12;

/**
 * Seals personal data at rest with AES-256-GCM. Each value is `v1.<key id>.<iv>.<tag>.<data>`
 * (base64url), so a value sealed with an older key still opens after the current key changes,
 * and `needsRotation` finds the values to re-seal. The additional data binds a value to the
 * record it belongs to: a ciphertext copied into another survivor's row does not open.
 */
@Injectable()
export class FieldCipher {
  private readonly current: EncryptionKey;
  private readonly byId: Map<string, Buffer>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const keys = config.encryption.keys;
    this.current = keys[0];
    this.byId = new Map(keys.map((key) => [key.id, key.key]));
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [format, keyId, iv, tag, data] = sealed.split('.');
    if (format !== FORMAT || data === undefined) throw new Error('Sealed value has an unknown format');
    const key = this.byId.get(keyId);
    if (!key) throw new Error(`Sealed value needs encryption key "${keyId}", which is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  keyIdOf(sealed: string): string {
    return sealed.split('.')[1];
  }

  needsRotation(sealed: string): boolean {
    return this.keyIdOf(sealed) !== this.current.id;
  }
}
