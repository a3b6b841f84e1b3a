import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAIL_DIR } from './env';

const INVITATION_LINK = /https?:\/\/[^\s"<>]+\/invite#[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;

/** The decoded text body of a raw single-part message (quoted-printable, base64 or plain). */
export function decodeBody(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return '';
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '') // soft line breaks
      .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A header's value (folded lines unfolded), or '' when the message has none. */
function headerOf(raw: string, name: string): string {
  const headers = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
}

function isAddressedTo(raw: string, email: string): boolean {
  return headerOf(raw, 'to').toLowerCase().includes(email.toLowerCase());
}

/** How the API names an .eml file: the ISO time it wrote it, with ":" and "." made "-". */
const fileTime = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/**
 * The invitation link from the newest email the API wrote to `email` (under $DATA_DIR/mail when
 * no SMTP_URL is set). The queue worker writes it within a couple of seconds; waits up to `timeoutMs`.
 */
export async function readInvitationLink(email: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = await readdir(MAIL_DIR).catch(() => [] as string[]);
    // File names start with an ISO timestamp: newest last.
    for (const file of files.filter((name) => name.endsWith('.eml')).sort().reverse()) {
      const raw = await readFile(join(MAIL_DIR, file), 'utf8');
      if (!isAddressedTo(raw, email)) continue;
      const link = INVITATION_LINK.exec(decodeBody(raw))?.[0];
      if (!link) throw new Error(`The email to ${email} (${file}) has no invitation link:\n${decodeBody(raw)}`);
      return link;
    }
    if (Date.now() > deadline) throw new Error(`No email to ${email} in ${MAIL_DIR} after ${timeoutMs} ms (found: ${files.join(', ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface ReceivedEmail {
  file: string;
  subject: string;
  /** The decoded text body. */
  body: string;
}

export interface EmailQuery {
  to: string;
  /** The whole subject line. */
  subject: string;
  /** Only an email whose body has this text (a link to one record, say). */
  containing?: string;
  /** Only an email written at or after this moment (by the file's name). */
  since?: Date;
}

/**
 * The newest email the API wrote (under $DATA_DIR/mail) that matches `query`. The queue worker
 * writes it within a few seconds of the change that caused it; waits up to `timeoutMs`.
 */
export async function readEmail({ to, subject, containing, since }: EmailQuery, timeoutMs = 15_000): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs;
  const after = since ? fileTime(since) : '';
  for (;;) {
    const files = (await readdir(MAIL_DIR).catch(() => [] as string[])).filter((name) => name.endsWith('.eml') && name >= after);
    const seen: string[] = [];
    for (const file of files.sort().reverse()) {
      const raw = await readFile(join(MAIL_DIR, file), 'utf8');
      if (!isAddressedTo(raw, to)) continue;
      const email = { file, subject: headerOf(raw, 'subject'), body: decodeBody(raw) };
      seen.push(email.subject);
      if (email.subject === subject && (!containing || email.body.includes(containing))) return email;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No email to ${to} with the subject "${subject}"${containing ? ` containing ${containing}` : ''} in ${MAIL_DIR} after ${timeoutMs} ms (to ${to}${since ? ` since ${since.toISOString()}` : ''}: ${seen.join('; ') || 'none'})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An address no one has used before, so each run invites a new person. */
export const uniqueEmail = (label: string): string =>
  `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;

/** A header's encoded words (RFC 2047, "=?UTF-8?Q?...?=" or "=?UTF-8?B?...?="), decoded. */
function decodeEncodedWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_match, _charset: string, encoding: string, text: string) => {
    if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
    const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_hex, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  });
}

/** Every email the API has written so far in this run (under $DATA_DIR/mail), oldest first, subject decoded. */
export async function readAllEmails(): Promise<(ReceivedEmail & { to: string })[]> {
  const files = (await readdir(MAIL_DIR).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(join(MAIL_DIR, file), 'utf8');
      return { file, to: headerOf(raw, 'to'), subject: decodeEncodedWords(headerOf(raw, 'subject')), body: decodeBody(raw) };
    }),
  );
}
