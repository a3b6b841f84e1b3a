import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { FileHandle, open, unlink } from 'node:fs/promises';
import type { EncryptionKey } from '../../common/crypto/field-cipher';

/**
 * An Onward backup file (`.onward`), written and read as a stream:
 *
 *   "ONWARD-BACKUP\n"                the magic, 14 bytes
 *   uint32 length, header (JSON)     in the clear: { format, createdAt, keyId, salt }
 *   chunks, up to the last one:
 *     1 byte   1 on the last chunk, 0 before it
 *     uint32   length of the sealed bytes (at most CHUNK_BYTES)
 *     the sealed bytes, then their 16-byte GCM tag
 *
 * The chunks carry one stream of records (1 byte kind, uint32 length, payload): the manifest
 * first (see BackupManifest), then for each table its name and its rows in batches.
 *
 * Each chunk is sealed with AES-256-GCM under a key made for this file alone: HKDF-SHA256 of the
 * installation's key that the header names, with the header's random salt. The nonce is the
 * chunk's number and the last-chunk flag, the additional data the whole clear part (the STREAM
 * construction). So a changed byte anywhere, chunks dropped or swapped, a file cut short even at
 * a chunk boundary, or bytes added after the end are all refused, and the header cannot be
 * edited to point at another key. Only what is needed to find the key is in the clear: the
 * manifest is sealed too, as its row counts say how many people an organisation supports.
 */
export const BACKUP_FORMAT = 1;
export const CHUNK_BYTES = 1024 * 1024;

const MAGIC = Buffer.from('ONWARD-BACKUP\n', 'latin1');
const MAX_HEADER_BYTES = 4096;
const TAG_BYTES = 16;
const KEY_INFO = 'onward backup v1';

/** The clear part of a backup: what restore needs to find the key. */
export interface BackupHeader {
  format: number;
  createdAt: string;
  /** The id of the installation's key (ENCRYPTION_KEYS) the file key was derived from. */
  keyId: string;
  /** Base64 of 32 random bytes: the HKDF salt. */
  salt: string;
}

export enum RecordKind {
  /** The manifest (JSON): always the first record. */
  Manifest = 1,
  /** `{ schema, name }` (JSON): the rows records that follow belong to this table. */
  Table = 2,
  /** uint32 row count, then the rows as one JSON array (row_to_json of each). */
  Rows = 3,
}

export interface BackupRecord {
  kind: RecordKind;
  payload: Buffer;
}

/** A backup that cannot be made or used, with a message for the operator. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

function fileKey(installationKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', installationKey, salt, KEY_INFO, 32));
}

function nonce(index: number, last: boolean): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUIntBE(index, 4, 6);
  bytes[11] = last ? 1 : 0;
  return bytes;
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** Writes a backup file: records in, sealed chunks out, never more than a chunk held back. */
export class BackupWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private chunks = 0;
  private written: number;

  private constructor(
    private readonly file: FileHandle,
    readonly path: string,
    private readonly key: Buffer,
    private readonly clear: Buffer,
  ) {
    this.written = clear.length;
  }

  /** Creates `path` (refusing to overwrite anything) readable by its owner only, sealed with `key`. */
  static async create(path: string, key: EncryptionKey, createdAt: Date): Promise<BackupWriter> {
    const salt = randomBytes(32);
    const header: BackupHeader = { format: BACKUP_FORMAT, createdAt: createdAt.toISOString(), keyId: key.id, salt: salt.toString('base64') };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const clear = Buffer.concat([MAGIC, uint32(json.length), json]);
    const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? new BackupError(`${path} already exists: a backup never overwrites a file`) : error;
    });
    const writer = new BackupWriter(file, path, fileKey(key.key, salt), clear);
    try {
      await file.write(clear);
    } catch (error) {
      await writer.discard();
      throw error;
    }
    return writer;
  }

  /** Bytes written to the file so far. */
  get bytes(): number {
    return this.written;
  }

  async write(kind: RecordKind, payload: Buffer | string): Promise<void> {
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    this.pending.push(Buffer.from([kind]), uint32(body.length), body);
    this.pendingBytes += 5 + body.length;
    if (this.pendingBytes < CHUNK_BYTES) return;
    let rest = Buffer.concat(this.pending);
    while (rest.length >= CHUNK_BYTES) {
      await this.seal(rest.subarray(0, CHUNK_BYTES), false);
      rest = rest.subarray(CHUNK_BYTES);
    }
    this.pending = [Buffer.from(rest)];
    this.pendingBytes = rest.length;
  }

  /** Seals what is left as the last chunk and closes the file, flushed to disk. */
  async finish(): Promise<void> {
    await this.seal(Buffer.concat(this.pending), true);
    this.pending = [];
    await this.file.sync();
    await this.file.close();
  }

  /** Closes and deletes an unfinished file. */
  async discard(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }

  private async seal(plaintext: Buffer, last: boolean): Promise<void> {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.chunks++, last));
    cipher.setAAD(this.clear);
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    const frame = Buffer.concat([Buffer.from([last ? 1 : 0]), uint32(plaintext.length), sealed]);
    await this.file.write(frame);
    this.written += frame.length;
  }
}

/**
 * Reads a backup file. Each chunk is authenticated before any of its bytes is handed on, so a
 * caller sees only what the backup wrote, in order, and learns of a cut or changed file by an
 * error no later than at the chunk where it happened.
 */
export class BackupReader {
  private position: number;

  private constructor(
    private readonly file: FileHandle,
    readonly path: string,
    readonly header: BackupHeader,
    private readonly clear: Buffer,
    private readonly key: Buffer,
  ) {
    this.position = clear.length;
  }

  /** Opens `path` with the key its header names, which must be among `keys`. */
  static async open(path: string, keys: EncryptionKey[]): Promise<BackupReader> {
    const file = await open(path, 'r');
    try {
      const start = await readAt(file, 0, MAGIC.length + 4);
      if (start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError(`${path} is not an Onward backup`);
      const length = start.readUInt32BE(MAGIC.length);
      if (length > MAX_HEADER_BYTES) throw new BackupError(`${path} is damaged: its header is ${length} bytes long`);
      const json = await readAt(file, start.length, length);
      if (json.length < length) throw new BackupError(`${path} ends inside its header: it was cut short`);
      const header = parseHeader(path, json);
      const key = keys.find((candidate) => candidate.id === header.keyId);
      if (!key) {
        throw new BackupError(`${path} was sealed with the encryption key "${header.keyId}", which is not in ENCRYPTION_KEYS (${keys.map((k) => `"${k.id}"`).join(', ')}): add it, after the current key, to restore`);
      }
      return new BackupReader(file, path, header, Buffer.concat([start, json]), fileKey(key.key, Buffer.from(header.salt, 'base64')));
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** The records, in the order written; throws, at the damaged chunk, on anything the writer did not write. */
  async *records(): AsyncGenerator<BackupRecord> {
    let buffered: Buffer = Buffer.alloc(0);
    for await (const plaintext of this.chunks()) {
      buffered = buffered.length ? Buffer.concat([buffered, plaintext]) : plaintext;
      let offset = 0;
      while (buffered.length - offset >= 5) {
        const length = buffered.readUInt32BE(offset + 1);
        if (buffered.length - offset - 5 < length) break;
        yield { kind: buffered[offset] as RecordKind, payload: buffered.subarray(offset + 5, offset + 5 + length) };
        offset += 5 + length;
      }
      buffered = buffered.subarray(offset);
    }
    // Authenticated, so only a writer's bug could leave half a record.
    if (buffered.length) throw new BackupError(`${this.path} ends inside a record`);
  }

  private async *chunks(): AsyncGenerator<Buffer> {
    for (let index = 0; ; index++) {
      const frame = await readAt(this.file, this.position, 5);
      if (frame.length < 5) throw new BackupError(`${this.path} ends before its last chunk: it was cut short (an interrupted copy, or a full disk)`);
      const last = frame[0] === 1;
      const length = frame.readUInt32BE(1);
      if (frame[0] > 1 || length > CHUNK_BYTES) throw this.damaged(index);
      const sealed = await readAt(this.file, this.position + 5, length + TAG_BYTES);
      if (sealed.length < length + TAG_BYTES) throw new BackupError(`${this.path} ends inside a chunk: it was cut short (an interrupted copy, or a full disk)`);
      this.position += 5 + sealed.length;
      yield this.open(index, last, sealed, length);
      if (last) break;
    }
    if ((await readAt(this.file, this.position, 1)).length) throw new BackupError(`${this.path} has bytes after its last chunk: it was changed`);
  }

  private open(index: number, last: boolean, sealed: Buffer, length: number): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce(index, last));
    decipher.setAAD(this.clear);
    decipher.setAuthTag(sealed.subarray(length));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
    } catch {
      throw this.damaged(index);
    }
  }

  private damaged(index: number): BackupError {
    if (index === 0) {
      return new BackupError(
        `${this.path} does not open with the encryption key "${this.header.keyId}": ENCRYPTION_KEYS holds a different key under that id, or the file was changed`,
      );
    }
    return new BackupError(`${this.path} is damaged or was changed (chunk ${index} does not authenticate)`);
  }
}

function parseHeader(path: string, json: Buffer): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(json.toString('utf8')) as Partial<BackupHeader>;
  } catch {
    throw new BackupError(`${path} is damaged: its header is not JSON`);
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupError(`${path} is in backup format ${header.format}, which this version of Onward does not read (it reads ${BACKUP_FORMAT})`);
  if (typeof header.keyId !== 'string' || typeof header.salt !== 'string' || typeof header.createdAt !== 'string') throw new BackupError(`${path} is damaged: its header is incomplete`);
  return header as BackupHeader;
}

/** Up to `length` bytes from `position`; fewer only at the end of the file. */
async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
