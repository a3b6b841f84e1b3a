/**
 * The fuzz suite's requests (fuzz.e2e-spec.ts), derived from the API's OpenAPI document: for each
 * operation, requests that are malformed, oversize, of the wrong type, full of awkward unicode,
 * null, or shaped like an injection. Pure and seeded: the same seed and document give the same
 * requests, so a failing run can be replayed with FUZZ_SEED.
 */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
  pattern?: string;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  operationId?: string;
  parameters?: RawParameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** "POST /api/v1/jobs/{id}/publish" */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON body's schema with every $ref resolved; undefined when the operation takes none. */
  body?: Schema;
}

export type BodyPayload = { json: unknown } | { raw: string | Buffer; contentType: string } | { none: true };

/** A body built only if its request is picked: most candidates are not, and some are megabytes. */
export type LazyBody = BodyPayload | (() => BodyPayload);

export const bodyOf = (body: LazyBody): BodyPayload => (typeof body === 'function' ? body() : body);

export interface FuzzRequest {
  /** Which part of the request is wrong, so that a sample takes some of each. */
  kind: 'path' | 'query' | 'body' | 'field' | 'csrf';
  /** What is wrong with it, for the failure report. */
  label: string;
  /** The path with its parameters filled in and encoded (or deliberately not). */
  path: string;
  /** The query string, without "?", already encoded. */
  query: string;
  body: LazyBody;
  /** Sent without the X-CSRF-Token header. */
  withoutCsrf?: boolean;
  /** A correct API refuses it (4xx): a 2xx means something malformed was accepted. */
  mustReject: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, with schemas resolved, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const parameters = (raw.parameters ?? []).map((parameter) => ({
        in: parameter.in,
        name: parameter.name,
        required: parameter.required ?? parameter.in === 'path',
        schema: resolveSchema(document, parameter.schema ?? { type: 'string' }),
      }));
      const bodySchema = raw.requestBody?.content?.['application/json']?.schema;
      operations.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
        body: bodySchema ? resolveSchema(document, bodySchema) : undefined,
      });
    }
  }
  return operations;
}

/** Inlines $refs and single-schema allOf/oneOf/anyOf wrappers (what @nestjs/swagger writes for a nested DTO). */
export function resolveSchema(document: OpenApiDocument, schema: Schema, depth = 0): Schema {
  if (depth > 12) return { type: 'object' };
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    const target = document.components?.schemas?.[name];
    const { $ref: _ref, ...rest } = schema;
    return resolveSchema(document, { ...target, ...rest }, depth + 1);
  }
  const wrapped = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (wrapped?.length) {
    const { allOf: _all, oneOf: _one, anyOf: _any, ...rest } = schema;
    const merged = wrapped.map((part) => resolveSchema(document, part, depth + 1)).reduce((into, part) => ({ ...into, ...part, properties: { ...into.properties, ...part.properties }, required: [...(into.required ?? []), ...(part.required ?? [])] }), {} as Schema);
    return { ...merged, ...rest };
  }
  const resolved: Schema = { ...schema };
  if (schema.items) resolved.items = resolveSchema(document, schema.items, depth + 1);
  if (schema.properties) {
    resolved.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolveSchema(document, value, depth + 1)]));
  }
  if (!resolved.type && resolved.properties) resolved.type = 'object';
  return resolved;
}

/** A small, fast, seedable PRNG (mulberry32). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `count` items in random order, each at most once (all of them if fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }

  hex(length: number): string {
    let text = '';
    while (text.length < length) text += this.int(16).toString(16);
    return text;
  }

  uuid(): string {
    const hex = this.hex(32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[this.int(4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

export const SQL_INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1) OR (1=1',
  '" OR ""="',
  "x' UNION SELECT password_hash, email FROM users --",
  "'; UPDATE users SET role = 'admin'; --",
  "1; SELECT pg_sleep(5) --",
  "' AND 1=CAST((SELECT version()) AS int) --",
  'title DESC; DELETE FROM jobs',
  '(SELECT 1)',
  '$1',
  "%' OR 1=1 --",
  "\\'; --",
  'created_at; --',
] as const;

export const UNICODE_STRINGS = [
  'right\u202Eto-left override\u202C',
  'emoji 👩🏽‍🔧🚀🏳️‍🌈',
  'nul\u0000byte',
  'lone \uD800 high surrogate',
  'lone \uDFFF low surrogate',
  'e\u0301\u0302\u0303\u0304 combining',
  'zero\u200Bwidth\u200Djoiner',
  'مرحبا بالعالم',
  '\uFEFFbyte order mark',
  'control \u0007\u001B[31m\r\n\t',
  'Z̷̢̛a̸l̵g̴o̶ t̶e̷x̸t',
  '\uFFFF\uFFFE noncharacters',
] as const;

/** Everything in one string, for fields where one request has to do. */
const NASTY_TEXT = `${SQL_INJECTIONS[0]} ${UNICODE_STRINGS.join(' ')}`;

/** Built on first use, then kept: the same megabytes serve every operation. */
function once(build: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= build());
}
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const TWO_MEGABYTES = once(() => JSON.stringify({ padding: 'p'.repeat(2 * 1024 * 1024) }));
const LONG_TEXT = once(() => 'x'.repeat(60_000));

const RAW = '__fuzz_raw__';
const RAW_KEY = '__fuzz_key__';

/** A JSON body that cannot be built with JSON.stringify alone (1e309, __proto__ keys): its text. */
function rawJson(value: unknown, replacement: string): string {
  return JSON.stringify(value)
    .replace(`"${RAW}"`, replacement)
    .replace(`"${RAW_KEY}":0`, replacement);
}

type Slot = { path: (string | number)[]; name: string; schema: Schema; required: boolean };

/** Every value in the base body that a mutation may target, with its schema. */
function slotsOf(schema: Schema, value: unknown, path: (string | number)[] = [], required = true): Slot[] {
  const name = String(path.filter((part) => typeof part === 'string').pop() ?? 'body');
  const slots: Slot[] = path.length ? [{ path, name, schema, required }] : [];
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(schema.properties)) {
      if (key in (value as object)) slots.push(...slotsOf(child, (value as Record<string, unknown>)[key], [...path, key], (schema.required ?? []).includes(key)));
    }
  }
  if (schema.items && Array.isArray(value) && value.length) slots.push(...slotsOf(schema.items, value[0], [...path, 0], true));
  return slots;
}

function clone<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

function setAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = clone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function deleteAt(base: unknown, path: (string | number)[]): unknown {
  const copy = clone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  delete node[path[path.length - 1]];
  return copy;
}

function isDateLike(name: string, schema: Schema): boolean {
  return schema.format === 'date' || schema.format === 'date-time' || /^\d{4}-\d{2}-\d{2}/.test(String(schema.example ?? '')) || /date|deadline|until/i.test(name) || /[a-z]On$|^from$|^to$/.test(name);
}

const describePath = (path: (string | number)[]) => path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');

/**
 * Values to put where a field of `schema` goes: [label, value, mustReject]. `raw` values are JSON
 * text spliced into the body as they are (1e309, -0).
 */
function badValuesFor(name: string, schema: Schema, required: boolean, rng: Rng): Array<{ label: string; value?: unknown; raw?: string; mustReject: boolean }> {
  const values: Array<{ label: string; value?: unknown; raw?: string; mustReject: boolean }> = [];
  const nullable = schema.nullable === true;
  values.push({ label: 'null', value: null, mustReject: required && !nullable });
  values.push({ label: 'a nested object 2,000 levels deep', raw: deepObject(2000), mustReject: true });
  const type = schema.type ?? (schema.enum ? 'string' : undefined);
  if (type === 'string') {
    values.push({ label: 'a number', value: 12345, mustReject: true });
    values.push({ label: 'a boolean', value: true, mustReject: true });
    values.push({ label: 'an object', value: { $gt: '' }, mustReject: true });
    values.push({ label: 'an array of strings', value: ['a', 'b'], mustReject: true });
    values.push({ label: 'SQL', value: rng.pick(SQL_INJECTIONS), mustReject: Boolean(schema.enum || schema.format === 'uuid') });
    values.push({ label: 'unicode', value: rng.pick(UNICODE_STRINGS), mustReject: Boolean(schema.enum || schema.format === 'uuid') });
    values.push({ label: 'a NUL byte', value: `before\u0000after`, mustReject: Boolean(schema.enum || schema.format === 'uuid') });
    values.push({ label: 'every awkward character at once', value: NASTY_TEXT, mustReject: Boolean(schema.enum || schema.format === 'uuid') });
    values.push({ label: 'a 60,000-character string', value: LONG_TEXT(), mustReject: true });
    values.push({ label: 'an empty string', value: '', mustReject: false });
    values.push({ label: 'spaces only', value: '   ', mustReject: false });
    if (schema.maxLength !== undefined) values.push({ label: `${schema.maxLength + 1} characters (maxLength ${schema.maxLength})`, value: 'y'.repeat(schema.maxLength + 1), mustReject: true });
    if (schema.enum) {
      values.push({ label: 'a value outside the enum', value: 'not_a_listed_value', mustReject: true });
      values.push({ label: 'an enum value in capitals', value: String(schema.enum[0]).toUpperCase() + 'X', mustReject: true });
    }
    if (schema.format === 'uuid' || /Id$/.test(name)) {
      values.push({ label: 'not a uuid', value: 'not-a-uuid', mustReject: schema.format === 'uuid' });
      values.push({ label: 'a uuid that names nothing', value: rng.uuid(), mustReject: false });
      values.push({ label: 'the nil uuid', value: '00000000-0000-0000-0000-000000000000', mustReject: false });
    }
    if (isDateLike(name, schema)) {
      for (const date of ['2024-02-30', '2024-13-45', '0000-01-01', '99999-01-01', '2024-1-1', 'yesterday', '2024-06-01T25:61:00Z', '-2024-01-01']) {
        values.push({ label: `the date "${date}"`, value: date, mustReject: true });
      }
    }
    if (/email/i.test(name)) values.push({ label: 'an email with SQL', value: "x'--@example.org", mustReject: false });
  } else if (type === 'number' || type === 'integer') {
    values.push({ label: 'a word', value: 'abc', mustReject: true });
    values.push({ label: 'a numeric string', value: '123', mustReject: false });
    values.push({ label: '"NaN"', value: 'NaN', mustReject: true });
    values.push({ label: '"Infinity"', value: 'Infinity', mustReject: true });
    values.push({ label: '1e309 (Infinity once parsed)', raw: '1e309', mustReject: true });
    values.push({ label: '-1e309', raw: '-1e309', mustReject: true });
    values.push({ label: '2^53+1', raw: '9007199254740993', mustReject: schema.maximum !== undefined });
    values.push({ label: '2^31', raw: '2147483648', mustReject: schema.maximum !== undefined && schema.maximum < 2147483648 });
    values.push({ label: '-2^31-1', raw: '-2147483649', mustReject: schema.minimum !== undefined });
    values.push({ label: '-0', raw: '-0', mustReject: false });
    values.push({ label: '-1', value: -1, mustReject: schema.minimum !== undefined && schema.minimum > -1 });
    values.push({ label: '1.5', value: 1.5, mustReject: false });
    values.push({ label: '1e-7', raw: '1e-7', mustReject: false });
    values.push({ label: 'a boolean', value: true, mustReject: false });
    values.push({ label: 'an object', value: {}, mustReject: true });
    values.push({ label: 'an array', value: [1], mustReject: true });
  } else if (type === 'boolean') {
    values.push({ label: '"yes"', value: 'yes', mustReject: true });
    values.push({ label: '"true"', value: 'true', mustReject: false });
    values.push({ label: '1', value: 1, mustReject: false });
    values.push({ label: 'an object', value: {}, mustReject: true });
    values.push({ label: 'an array', value: [true], mustReject: true });
  } else if (type === 'array') {
    values.push({ label: 'a string', value: 'a', mustReject: false });
    values.push({ label: 'a number', value: 1, mustReject: true });
    values.push({ label: 'an object', value: {}, mustReject: true });
    values.push({ label: '[null]', value: [null], mustReject: true });
    values.push({ label: 'an array of arrays', value: [[]], mustReject: true });
    values.push({ label: 'an array nested 5,000 levels deep', raw: deepArray(5000), mustReject: true });
    values.push({ label: '1,000 items', value: Array.from({ length: 1000 }, (_, i) => (schema.items?.enum ? schema.items.enum[i % schema.items.enum.length] : schema.items?.type === 'number' ? i : schema.items?.type === 'string' ? `v${i}` : {})), mustReject: true });
    if (schema.items?.type === 'string') {
      values.push({ label: 'SQL items', value: [...SQL_INJECTIONS], mustReject: Boolean(schema.items.enum || schema.items.format === 'uuid') });
      values.push({ label: 'unicode items', value: [...UNICODE_STRINGS], mustReject: Boolean(schema.items.enum || schema.items.format === 'uuid') });
      values.push({ label: 'number items', value: [1, 2], mustReject: true });
    }
  } else if (type === 'object') {
    values.push({ label: 'a string', value: 'x', mustReject: true });
    values.push({ label: 'a number', value: 1, mustReject: true });
    values.push({ label: 'an empty array', value: [], mustReject: true });
    values.push({ label: 'an array of an object', value: [{}], mustReject: true });
  }
  return values;
}

/** Mutations of the body's structure rather than of one value. */
function structuralBodies(operation: Operation, base: unknown, rng: Rng, bodyLimitBytes: number): Array<{ label: string; body: LazyBody; mustReject: boolean }> {
  const schema = operation.body ?? { type: 'object', properties: {} };
  const hasRequired = (schema.required ?? []).length > 0;
  const object = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const json = JSON.stringify(object);
  const bodies: Array<{ label: string; body: LazyBody; mustReject: boolean }> = [
    { label: 'an unknown field', body: { json: { ...object, fuzzUnknownField: 'x' } }, mustReject: true },
    { label: 'an unknown field "isAdmin": true', body: { json: { ...object, isAdmin: true } }, mustReject: true },
    { label: 'a mass-assigned "id"', body: { json: { ...object, id: rng.uuid() } }, mustReject: !('id' in (schema.properties ?? {})) },
    { label: 'a mass-assigned "role": "admin"', body: { json: { ...object, role: 'admin' } }, mustReject: !('role' in (schema.properties ?? {})) },
    { label: 'a mass-assigned "organisationId"', body: { json: { ...object, organisationId: rng.uuid() } }, mustReject: !('organisationId' in (schema.properties ?? {})) },
    { label: 'a top-level "__proto__" key', body: { raw: rawJson({ ...object, [RAW_KEY]: 0 }, '"__proto__":{"isAdmin":true}'), contentType: 'application/json' }, mustReject: true },
    { label: 'a top-level "constructor": {"prototype": …}', body: { raw: rawJson({ ...object, [RAW_KEY]: 0 }, '"constructor":{"prototype":{"isAdmin":true}}'), contentType: 'application/json' }, mustReject: true },
    { label: '1,000 unknown fields', body: () => ({ json: { ...object, ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, i])) } }), mustReject: true },
    { label: 'an unknown object nested 5,000 levels deep', body: () => ({ raw: rawJson({ ...object, deep: RAW }, deepObject(5000)), contentType: 'application/json' }), mustReject: true },
    { label: 'an unknown array nested 20,000 levels deep', body: () => ({ raw: rawJson({ ...object, deep: RAW }, deepArray(20_000)), contentType: 'application/json' }), mustReject: true },
    { label: 'the body null', body: { raw: 'null', contentType: 'application/json' }, mustReject: hasRequired },
    { label: 'the body an empty array', body: { raw: '[]', contentType: 'application/json' }, mustReject: true },
    { label: 'the body an array of the valid body', body: { json: [object] }, mustReject: true },
    { label: 'the body a string', body: { raw: '"hello"', contentType: 'application/json' }, mustReject: true },
    { label: 'the body a number', body: { raw: '42', contentType: 'application/json' }, mustReject: true },
    { label: 'the body true', body: { raw: 'true', contentType: 'application/json' }, mustReject: true },
    { label: 'truncated JSON', body: { raw: json.slice(0, Math.max(1, json.length - 1)) || '{', contentType: 'application/json' }, mustReject: true },
    { label: 'JSON with single quotes', body: { raw: "{'a': 1}", contentType: 'application/json' }, mustReject: true },
    { label: 'JSON with a trailing brace', body: { raw: `${json}}`, contentType: 'application/json' }, mustReject: true },
    { label: 'bare NaN as JSON', body: { raw: 'NaN', contentType: 'application/json' }, mustReject: true },
    { label: 'a raw NUL byte as the body', body: { raw: '\u0000', contentType: 'application/json' }, mustReject: true },
    { label: 'an empty body announced as JSON', body: { raw: '', contentType: 'application/json' }, mustReject: true },
    { label: 'no body at all', body: { none: true }, mustReject: hasRequired },
    { label: 'the valid body as text/plain', body: { raw: json, contentType: 'text/plain' }, mustReject: true },
    { label: 'a form-encoded body', body: { raw: 'a=1&b=2&__proto__[isAdmin]=true', contentType: 'application/x-www-form-urlencoded' }, mustReject: true },
    { label: 'a multipart body', body: { raw: '--fuzz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--fuzz--\r\n', contentType: 'multipart/form-data; boundary=fuzz' }, mustReject: true },
    { label: 'an XML body', body: { raw: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', contentType: 'application/xml' }, mustReject: true },
    { label: 'JSON announced as UTF-16', body: { raw: json, contentType: 'application/json; charset=utf-16' }, mustReject: false },
    { label: 'bytes that are not UTF-8', body: { raw: Buffer.concat([Buffer.from('{"fuzz":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]), contentType: 'application/json' }, mustReject: true },
    { label: 'a body just over the limit', body: () => ({ raw: JSON.stringify({ ...object, padding: 'p'.repeat(bodyLimitBytes) }), contentType: 'application/json' }), mustReject: true },
    { label: 'a 2 MB body', body: () => ({ raw: TWO_MEGABYTES(), contentType: 'application/json' }), mustReject: true },
  ];
  // Unknown and prototype keys inside each nested object, where only @ValidateNested refuses them.
  for (const slot of slotsOf(schema, object).filter((candidate) => candidate.schema.type === 'object' && candidate.schema.properties)) {
    const where = describePath(slot.path);
    const nested = (extra: string) => rawJson(setAt(object, slot.path, { ...(readAt(object, slot.path) as object), [RAW_KEY]: 0 }), extra);
    bodies.push({ label: `an unknown field inside ${where}`, body: { raw: nested('"fuzzUnknownField":"x"'), contentType: 'application/json' }, mustReject: true });
    bodies.push({ label: `a "__proto__" key inside ${where}`, body: { raw: nested('"__proto__":{"isAdmin":true}'), contentType: 'application/json' }, mustReject: true });
    bodies.push({ label: `"constructor": {"prototype": …} inside ${where}`, body: { raw: nested('"constructor":{"prototype":{"isAdmin":true}}'), contentType: 'application/json' }, mustReject: true });
  }
  return bodies;
}

function readAt(base: unknown, path: (string | number)[]): unknown {
  let node = base as Record<string | number, unknown>;
  for (const part of path) node = node?.[part] as Record<string | number, unknown>;
  return node;
}

/** Mutations of one body field at a time: wrong types, null, left out, injection, unicode, oversize. */
function fieldBodies(operation: Operation, base: unknown, rng: Rng): Array<{ label: string; body: LazyBody; mustReject: boolean }> {
  if (!operation.body || !base || typeof base !== 'object') return [];
  const bodies: Array<{ label: string; body: LazyBody; mustReject: boolean }> = [];
  for (const slot of slotsOf(operation.body, base)) {
    const where = describePath(slot.path);
    if (slot.required && typeof slot.path[slot.path.length - 1] === 'string') {
      bodies.push({ label: `${where} left out (required)`, body: () => ({ json: deleteAt(base, slot.path) }), mustReject: true });
    }
    for (const bad of badValuesFor(slot.name, slot.schema, slot.required, rng)) {
      const label = `${where} = ${bad.label}`;
      const body = (): BodyPayload => (bad.raw !== undefined ? { raw: rawJson(setAt(base, slot.path, RAW), bad.raw), contentType: 'application/json' } : { json: setAt(base, slot.path, bad.value) });
      bodies.push({ label, body, mustReject: bad.mustReject });
    }
  }
  return bodies;
}

/** Malformed values for one path parameter. Each is already as it goes into the URL. */
function badPathValues(parameter: Parameter, real: string, rng: Rng): Array<{ label: string; value: string; mustReject: boolean }> {
  // A code (a region's, a skill's) may be any short slug, so only a uuid's words are surely wrong.
  const uuid = parameter.schema.format === 'uuid';
  return [
    { label: 'not a uuid', value: 'not-a-uuid', mustReject: uuid },
    { label: '"1"', value: '1', mustReject: uuid },
    { label: '"-1"', value: '-1', mustReject: uuid },
    { label: 'SQL', value: encode(rng.pick(SQL_INJECTIONS)), mustReject: true },
    { label: 'a path traversal (encoded)', value: '..%2F..%2F..%2Fetc%2Fpasswd', mustReject: true },
    { label: 'a path traversal', value: '../../../etc/passwd', mustReject: true },
    { label: '3,000 characters', value: 'a'.repeat(3000), mustReject: true },
    { label: 'an encoded NUL byte', value: '%00', mustReject: true },
    { label: 'the real value with an encoded NUL byte', value: `${encode(real)}%00`, mustReject: true },
    { label: 'broken percent-encoding', value: '%E0%A4%A', mustReject: true },
    { label: 'a lone "%"', value: '%', mustReject: true },
    { label: 'unicode', value: encode(rng.pick(UNICODE_STRINGS)), mustReject: true },
    { label: '"__proto__"', value: '__proto__', mustReject: uuid },
    { label: '"constructor"', value: 'constructor', mustReject: uuid },
    { label: '"null"', value: 'null', mustReject: uuid },
    { label: 'the real value with a leading space', value: `%20${encode(real)}`, mustReject: true },
    { label: 'the real value in capitals', value: encode(real.toUpperCase()), mustReject: false },
    ...(uuid
      ? [
          { label: 'the nil uuid', value: '00000000-0000-0000-0000-000000000000', mustReject: true },
          { label: 'a uuid that names nothing', value: rng.uuid(), mustReject: true },
          { label: 'a uuid in braces', value: encode(`{${real}}`), mustReject: true },
          { label: 'a uuid without dashes', value: real.replace(/-/g, ''), mustReject: true },
        ]
      : []),
  ];
}

/** Malformed values for one query parameter: [label, encoded "name=value" text, mustReject]. */
function badQueryValues(parameter: Parameter, rng: Rng): Array<{ label: string; query: string; mustReject: boolean }> {
  const { name, schema } = parameter;
  const items = schema.type === 'array' ? schema.items ?? {} : schema;
  const constrained = Boolean(items.enum || items.format === 'uuid' || items.type === 'number' || items.type === 'integer' || items.type === 'boolean' || isDateLike(name, items));
  const q = (value: string) => `${encode(name)}=${encode(value)}`;
  const values: Array<{ label: string; query: string; mustReject: boolean }> = [
    { label: 'SQL', query: q(rng.pick(SQL_INJECTIONS)), mustReject: constrained },
    { label: 'SQL aimed at ORDER BY', query: q('id; DROP TABLE users --'), mustReject: constrained },
    { label: 'unicode', query: q(rng.pick(UNICODE_STRINGS)), mustReject: constrained },
    { label: 'an encoded NUL byte', query: `${encode(name)}=%00`, mustReject: constrained },
    { label: 'a NUL byte inside a word', query: `${encode(name)}=ab%00cd`, mustReject: constrained },
    { label: 'broken percent-encoding', query: `${encode(name)}=%E0%A4%A`, mustReject: constrained },
    { label: '5,000 characters', query: q('q'.repeat(5000)), mustReject: true },
    { label: 'an empty value', query: `${encode(name)}=`, mustReject: false },
    { label: 'given three times', query: [q('a'), q('b'), q('c')].join('&'), mustReject: constrained && schema.type !== 'array' },
    { label: 'as name[]=', query: `${encode(name)}%5B%5D=x`, mustReject: true },
    { label: 'as name[key]=', query: `${encode(name)}%5Bkey%5D=x`, mustReject: true },
    { label: 'an object-looking value', query: q('{"$gt":""}'), mustReject: constrained },
  ];
  if (items.type === 'number' || items.type === 'integer') {
    // Number("0x10") and Number(" 5 ") are numbers, and a query's numbers are read with Number().
    for (const value of ['abc', 'NaN', 'Infinity', '1e309', '-1e309', '9007199254740993', '0x10', '1.5', '-1', '-0', ' 5 ', '1,2']) {
      const outOfRange = Number(value) > (items.maximum ?? Infinity) || Number(value) < (items.minimum ?? -Infinity);
      values.push({ label: `"${value}"`, query: q(value), mustReject: !Number.isFinite(Number(value)) || outOfRange });
    }
  }
  if (items.enum) {
    values.push({ label: 'a value outside the enum', query: q('not_a_listed_value'), mustReject: true });
    values.push({ label: 'a listed value and an unlisted one', query: q(`${String(items.enum[0])},bogus`), mustReject: true });
  }
  if (items.format === 'uuid') values.push({ label: 'not a uuid', query: q('not-a-uuid'), mustReject: true });
  if (isDateLike(name, items)) {
    for (const date of ['2024-02-30', '2024-13-45', '0000-01-01', 'yesterday', '99999-12-31']) values.push({ label: `the date "${date}"`, query: q(date), mustReject: true });
  }
  return values;
}

export interface FuzzInput {
  rng: Rng;
  /** A body that passes validation as far as could be found; each body mutation changes one thing in it. */
  baseBody: unknown;
  /** A real value for each path parameter. */
  pathValues: Record<string, string>;
  bodyLimitBytes: number;
}

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) is written as the three
 * bytes WTF-8 would give it: a URL that is not valid UTF-8, which is one more thing to send.
 */
export function encode(value: string): string {
  let encoded = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    encoded += char.length === 1 && code >= 0xd800 && code <= 0xdfff ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('') : encodeURIComponent(char);
  }
  return encoded;
}

export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? encode(name));
}

/** Every fuzz request for one operation, before sampling. */
export function requestsFor(operation: Operation, input: FuzzInput): FuzzRequest[] {
  const { rng, baseBody, pathValues } = input;
  const realPath = fillPath(operation.path, Object.fromEntries(Object.entries(pathValues).map(([key, value]) => [key, encode(value)])));
  const stateChanging = operation.method !== 'GET';
  const body: BodyPayload = stateChanging && baseBody !== undefined ? { json: baseBody } : { none: true };
  const requests: FuzzRequest[] = [];

  for (const parameter of operation.pathParams) {
    for (const bad of badPathValues(parameter, pathValues[parameter.name] ?? 'x', rng)) {
      const values = Object.fromEntries(Object.entries(pathValues).map(([key, value]) => [key, encode(value)]));
      values[parameter.name] = bad.value;
      requests.push({ kind: 'path', label: `path ${parameter.name} = ${bad.label}`, path: fillPath(operation.path, values), query: '', body, mustReject: bad.mustReject });
    }
  }

  const declaresQuery = operation.queryParams.length > 0;
  for (const parameter of operation.queryParams) {
    for (const bad of badQueryValues(parameter, rng)) {
      requests.push({ kind: 'query', label: `query ${parameter.name} = ${bad.label}`, path: realPath, query: bad.query, body, mustReject: bad.mustReject });
    }
  }
  requests.push({ kind: 'query', label: 'an unknown query parameter', path: realPath, query: 'fuzzUnknown=1', body, mustReject: declaresQuery });
  requests.push({ kind: 'query', label: 'a "__proto__" query parameter', path: realPath, query: '__proto__%5BisAdmin%5D=true&__proto__=x', body, mustReject: declaresQuery });
  requests.push({ kind: 'query', label: 'a "constructor[prototype]" query parameter', path: realPath, query: 'constructor%5Bprototype%5D%5BisAdmin%5D=true', body, mustReject: declaresQuery });
  requests.push({ kind: 'query', label: 'a query of 500 parameters', path: realPath, query: Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&'), body, mustReject: declaresQuery });

  if (stateChanging) {
    for (const mutation of structuralBodies(operation, baseBody, rng, input.bodyLimitBytes)) {
      requests.push({ kind: 'body', label: `body: ${mutation.label}`, path: realPath, query: '', body: mutation.body, mustReject: mutation.mustReject });
    }
    for (const mutation of fieldBodies(operation, baseBody, rng)) {
      requests.push({ kind: 'field', label: `body: ${mutation.label}`, path: realPath, query: '', body: mutation.body, mustReject: mutation.mustReject });
    }
    requests.push({ kind: 'csrf', label: 'no CSRF token', path: realPath, query: '', body, withoutCsrf: true, mustReject: true });
  }
  return requests;
}

/** Up to `count` requests, taking in turn from each kind (path, query, body, field, csrf) so each is tried. */
export function sampleRequests(requests: FuzzRequest[], count: number, rng: Rng): FuzzRequest[] {
  const kinds = [...new Set(requests.map((request) => request.kind))].map((kind) => rng.sample(requests.filter((request) => request.kind === kind), requests.length));
  const chosen: FuzzRequest[] = [];
  while (chosen.length < count && kinds.some((queue) => queue.length)) {
    for (const queue of kinds) if (queue.length && chosen.length < count) chosen.push(queue.shift() as FuzzRequest);
  }
  return chosen;
}

export interface SampleHints {
  rng: Rng;
  /** Real ids for a field named like "jobId" or "employerIds", when there are some. */
  idsFor(fieldName: string): string[];
  /** Today, YYYY-MM-DD, on the app's clock. */
  today: string;
}

const dayAfter = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A value that should pass validation for `schema`, guessed from its type, format, example and name. */
export function sampleValue(schema: Schema, name: string, hints: SampleHints): unknown {
  if (schema.enum?.length) return schema.enum[0];
  if (schema.example !== undefined && schema.type !== 'array') return schema.example;
  switch (schema.type) {
    case 'boolean':
      return false;
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 1;
      const max = schema.maximum ?? Math.max(min, 40);
      return Math.min(max, Math.max(min, Math.round((min + max) / 2)));
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, 1);
      const singular = name.replace(/s$/, '');
      if (/Ids$/.test(name)) return hints.idsFor(name).slice(0, count);
      if (schema.example !== undefined) return schema.example;
      return Array.from({ length: count }, () => sampleValue(schema.items ?? { type: 'string' }, singular, hints));
    }
    case 'object':
    case undefined: {
      const object: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) object[key] = sampleValue(child, key, hints);
      return object;
    }
    default:
      return sampleString(schema, name, hints);
  }
}

function sampleString(schema: Schema, name: string, hints: SampleHints): string {
  if (schema.format === 'uuid' || /Id$/.test(name)) return hints.idsFor(name)[0] ?? hints.rng.uuid();
  if (/email/i.test(name)) return `fuzz-${hints.rng.hex(8)}@example.org`;
  if (/password/i.test(name)) return 'correct-horse-battery-staple-fuzz';
  if (isDateLike(name, schema)) return /^(paidOn|endedOn|endDate)$/.test(name) ? hints.today : dayAfter(hints.today, 30);
  if (/regionCode|^region$|regions$/i.test(name)) return 'riverside';
  if (/currency/i.test(name)) return 'GBP';
  if (/phone/i.test(name)) return '+44 20 7946 0000';
  if (/skill|^code$/i.test(name)) return 'hospitality.cafe_counter';
  if (/language/i.test(name)) return 'en';
  const text = `Fuzz ${name} ${hints.rng.hex(6)}`;
  const min = schema.minLength ?? 0;
  const padded = text.length >= min ? text : text + ' and more words'.repeat(Math.ceil((min - text.length) / 15));
  return schema.maxLength ? padded.slice(0, schema.maxLength) : padded;
}

/** Removes the value at a validation error's field path ("wage.amountMinor", "skills.0.code"). */
export function withoutField(body: unknown, field: string): unknown {
  const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (readAt(body, path) === undefined) return body;
  return deleteAt(body, path);
}
