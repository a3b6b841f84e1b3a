import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ACCESS_RULES, AccessRule, ObjectKind, Party, PATH_KINDS, SENSITIVE_KINDS } from './support/access-rules';
import { EMPLOYER_FIELDS } from './support/employer-fields';

const DAY = 86_400_000;

/**
 * Every route in the OpenAPI document, called by every role of two organisations of each kind
 * (and by nobody signed in), with every other party's objects and with malformed ids. Access is
 * allowed only where support/access-rules.ts says so; anywhere else the answer must be a 4xx,
 * nothing may change in the database, and no answer may carry an id of a survivor's record the
 * caller may not see. A route the rules do not cover fails the suite.
 */
describe('Access matrix', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let routes: Array<{ method: string; path: string }>;
  const actors: Actor[] = [];
  const world = { 1: {}, 2: {} } as Record<Party, Record<ObjectKind, string>>;
  const counts = { attempts: 0, refused: 0, allowed: 0, leaksChecked: 0 };
  const failures: string[] = [];

  interface Actor {
    name: string;
    role: Role | 'anonymous';
    party: Party | null;
    client: HttpClient;
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    const document = (await new HttpClient(t.app).get('/api/docs/json').then(status(200))).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path: path.replace(/^\/api\/v1/, '') })));
    await factories.region({ code: 'riverside', name: 'Riverside' });
    actors.push({ name: 'anonymous', role: 'anonymous', party: null, client: new HttpClient(t.app) });
    for (const party of [1, 2] as const) await buildParty(party);
  }, 120_000);
  afterAll(async () => {
    console.log(`access matrix: ${counts.attempts} attempts over ${routes?.length ?? 0} routes and ${actors.length} callers; ${counts.refused} refused as they must be, ${counts.allowed} allowed as they may be, ${counts.leaksChecked} answers searched for other parties' ids; ${failures.length} failures`);
    await t.close();
  });

  async function signIn(name: string, role: Role, party: Party, organisationId: string): Promise<{ client: HttpClient; userId: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    actors.push({ name, role, party, client });
    return { client, userId: user.id };
  }

  /** Two of everything: a service provider with its caseworker, survivor and admin; a vetted employer; a funder; and each one's records. */
  async function buildParty(party: Party) {
    const w = world[party];
    const providerId = (await factories.organisation({ kind: 'service_provider', name: `Provider ${party}` })).id;
    const caseworker = await signIn(`caseworker ${party}`, 'caseworker', party, providerId);
    const survivor = await signIn(`survivor ${party}`, 'survivor', party, providerId);
    await signIn(`admin ${party}`, 'admin', party, providerId);
    const employerId = (await factories.employer({ name: `Employer ${party}`, regions: ['riverside'] })).organisationId;
    const employer = await signIn(`employer ${party}`, 'employer', party, employerId);
    const funderId = (await factories.organisation({ kind: 'funder', name: `Funder ${party}` })).id;
    await signIn(`funder ${party}`, 'employer', party, funderId);

    const profile = await factories.survivor({ organisationId: providerId, caseworkerId: caseworker.userId, userId: survivor.userId, regionCode: 'riverside' });
    const job = await factories.job({ employerId, regionCode: 'riverside', status: 'published' });
    const draftJob = await factories.job({ employerId, regionCode: 'riverside', status: 'draft' });
    const programme = await factories.grantProgramme({ funderId, status: 'open' });
    Object.assign(w, { pseudonym: profile.pseudonym, provider: providerId, employer: employerId, funder: funderId, caseworkerUser: caseworker.userId, survivor: profile.id, job: job.id, draftJob: draftJob.id, programme: programme.id });

    const application = (await survivor.client.post('/api/v1/applications', { jobId: job.id }).then(status(201))).body;
    await survivor.client.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['skills'] } }).then(status(200));
    w.application = application.id;
    w.consent = (await db.query(`SELECT id FROM consents WHERE application_id = $1`, [application.id]))[0].id;

    const placement = await factories.placement({ survivorId: profile.id, employerId, regionCode: 'riverside', startDate: new Date(t.clock.now().getTime() - 2 * DAY).toISOString().slice(0, 10) });
    w.placement = placement.id;
    w.checkIn = (await db.query(`SELECT id FROM check_ins WHERE placement_id = $1 ORDER BY day_offset LIMIT 1`, [placement.id]))[0].id;

    await survivor.client.post('/api/v1/survivors/me/alarm', {}).then(status(202));
    w.flag = (await db.query(`SELECT id FROM flags WHERE survivor_id = $1`, [profile.id]))[0].id;

    const grantApplication = (await survivor.client.post('/api/v1/grant-applications', { programmeId: programme.id, businessPlan: 'A market stall selling bread and cakes on Saturdays, starting at the town market.', requestedMinor: 50_000 }).then(status(201))).body;
    await caseworker.client.post(`/api/v1/grant-applications/${grantApplication.id}/review`, {}).then(status(200));
    const dueDate = new Date(t.clock.now().getTime() + 30 * DAY).toISOString().slice(0, 10);
    await caseworker.client.post(`/api/v1/grant-applications/${grantApplication.id}/award`, { amountMinor: 50_000, milestones: [{ title: 'Stall open', dueDate, trancheMinor: 50_000 }] }).then(status(200));
    w.grantApplication = grantApplication.id;
    w.milestone = (await db.query(`SELECT id FROM grant_milestones WHERE grant_application_id = $1`, [grantApplication.id]))[0].id;

    // A concern puts its employer's jobs out of sight until reviewed: it is about another employer.
    const reportedId = (await factories.employer({ name: `Reported employer ${party}` })).organisationId;
    await new HttpClient(t.app).post(`/api/v1/employers/${reportedId}/concerns`, { category: 'excessive_hours', details: 'Shifts of fourteen hours.' }).then(status(202));
    w.concern = (await db.query(`SELECT id FROM concern_reports WHERE employer_id = $1`, [reportedId]))[0].id;
    void employer;
  }

  const MALFORMED_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", '%00', 'a'.repeat(300)];
  /** Codes (regions, skills) are words: a well-formed unknown one may be created by PUT, so only the ill-formed are tried. */
  const MALFORMED_CODES = ["1' OR '1'='1", '%00', 'a'.repeat(300), '../etc'];

  /** The rows of every table the application owns, as one checksum each; what a refused request must leave alone. */
  async function snapshot(): Promise<Record<string, string>> {
    const tables: Array<{ name: string }> = await db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_events', 'sessions', 'rate_limit_buckets', 'migrations') ORDER BY 1`,
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables) sums[name] = (await db.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM "${name}" t`))[0].sum;
    return sums;
  }

  function send(actor: Actor, method: string, path: string, body: unknown): Promise<supertest.Response> {
    const url = `/api/v1${path}`;
    switch (method) {
      case 'GET':
        return actor.client.get(url);
      case 'POST':
        return actor.client.post(url, body ?? {});
      case 'PUT':
        return actor.client.put(url, body ?? {});
      case 'PATCH':
        return actor.client.patch(url, body ?? {});
      default:
        throw new Error(`No way to send ${method}`);
    }
  }

  /** Ids of survivors' records (and of employers' unpublished jobs) this caller may never see in any answer. */
  function forbiddenIds(actor: Actor): Map<string, string> {
    const ids = new Map<string, string>();
    for (const party of [1, 2] as const) {
      for (const kind of SENSITIVE_KINDS) if (!maySee(actor, kind, party)) ids.set(world[party][kind], `${kind} of party ${party}`);
    }
    return ids;
  }

  function maySee(actor: Actor, kind: ObjectKind, party: Party): boolean {
    const own = actor.party === party;
    const funder = actor.name.startsWith('funder');
    if (kind === 'draftJob') return actor.role === 'caseworker' || actor.role === 'admin' || (actor.role === 'employer' && !funder && own);
    if (actor.role === 'caseworker') return own;
    if (actor.role === 'survivor') return own && kind !== 'flag';
    // An employer sees an application shared with it, the placement and the consent behind them;
    // never check-ins, flags or grants.
    if (actor.role === 'employer' && !funder) return own && ['application', 'placement', 'consent', 'survivor'].includes(kind);
    return false;
  }

  /** Every field path an employer's member was shown, per route: compared with the allowlist at the end. */
  const employerFields = new Map<string, Set<string>>();

  function collectFields(value: unknown, prefix: string, into: Set<string>) {
    if (Array.isArray(value)) {
      for (const item of value) collectFields(item, `${prefix}[]`, into);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${key}` : key;
        into.add(path);
        collectFields(child, path, into);
      }
    }
  }

  function checkLeaks(actor: Actor, label: string, response: supertest.Response) {
    if (response.status >= 300) return;
    // The audit trail names records by id (never by content): admins search it by those ids.
    if (actor.role === 'admin' && label.startsWith('GET /audit')) return;
    if (actor.role === 'employer' && !actor.name.startsWith('funder') && response.type === 'application/json') {
      const route = label.split(' ')[1].split('?')[0];
      const fields = employerFields.get(route) ?? new Set<string>();
      collectFields(response.body, '', fields);
      employerFields.set(route, fields);
    }
    counts.leaksChecked++;
    const text = response.text ?? '';
    for (const [id, what] of forbiddenIds(actor)) {
      if (text.includes(id)) failures.push(`${label}: ${actor.name} got the ${what} in a ${response.status} answer`);
    }
  }

  function expectRefused(actor: Actor, label: string, response: supertest.Response) {
    counts.attempts++;
    if (response.status >= 500) failures.push(`${label}: ${actor.name} got ${response.status} ${response.text.slice(0, 200)}`);
    else if (response.status < 400) failures.push(`${label}: ${actor.name} was allowed (${response.status}) where access is not allowed`);
    else counts.refused++;
    checkLeaks(actor, label, response);
  }

  function ruleFor(route: { method: string; path: string }): AccessRule | undefined {
    return ACCESS_RULES[`${route.method} ${route.path}`];
  }

  it('has a rule for every route in the OpenAPI document, and no rule for a route that is gone', () => {
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(keys.filter((key) => !ACCESS_RULES[key])).toEqual([]);
    expect(Object.keys(ACCESS_RULES).filter((key) => !keys.includes(key))).toEqual([]);
    expect(routes.length).toBeGreaterThan(80);
  });

  it('refuses every party the rules do not name, on every route, with every other party\'s objects and with malformed ids; changes nothing; leaks nothing', async () => {
    const before = await snapshot();
    for (const route of routes) {
      const rule = ruleFor(route);
      if (!rule || rule.skip) continue;
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const actor of actors) {
        if (params.length === 0) {
          for (const variant of variantsWithoutIds(route, rule, actor)) {
            const allowed = isAllowed(rule, actor, variant.party);
            // A call allowed to change something is made once, later, not here where nothing may change.
            if (allowed && route.method !== 'GET') continue;
            const response = await send(actor, route.method, variant.path, variant.body);
            if (!allowed) expectRefused(actor, variant.label, response);
            else {
              counts.attempts++;
              if (response.status >= 500) failures.push(`${variant.label}: ${actor.name} got ${response.status} ${response.text.slice(0, 200)}`);
              else counts.allowed++;
              checkLeaks(actor, variant.label, response);
            }
          }
          continue;
        }
        for (const party of [1, 2] as const) {
          if (isAllowed(rule, actor, party)) continue;
          const label = `${route.method} ${route.path} [party ${party}]`;
          expectRefused(actor, label, await send(actor, route.method, fill(route.path, params, party, rule), bodyFor(rule, party)));
        }
        for (const param of params) {
          const codeLike = ['skill', 'region'].includes(rule.params?.[param] ?? '');
          // Only this id is wrong: the rest of the path stays real, so the malformed part is what is judged.
          for (const bad of codeLike ? MALFORMED_CODES : MALFORMED_IDS) {
            const path = fill(route.path, params.filter((other) => other !== param), actor.party ?? 1, rule).replace(`{${param}}`, encodeURIComponent(bad));
            const label = `${route.method} ${route.path} [{${param}} = ${bad.slice(0, 20)}]`;
            const response = await send(actor, route.method, path, bodyFor(rule, actor.party ?? 1));
            counts.attempts++;
            if (response.status >= 500 || response.status < 400) failures.push(`${label}: ${actor.name} got ${response.status} ${response.text.slice(0, 200)}`);
            else counts.refused++;
          }
        }
      }
    }
    const after = await snapshot();
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    expect({ failures, changed }).toEqual({ failures: [], changed: [] });
    expect(counts.attempts).toBeGreaterThan(3000);
  }, 600_000);

  it('lets each party the rules name read its own records (so the refusals above are not for want of real ids)', async () => {
    const denied: string[] = [];
    for (const route of routes) {
      const rule = ruleFor(route);
      if (!rule || rule.skip || route.method !== 'GET') continue;
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      if (params.length === 0) continue;
      for (const actor of actors) {
        for (const party of [1, 2] as const) {
          if (!isAllowed(rule, actor, party)) continue;
          const response = await send(actor, 'GET', fill(route.path, params, party, rule), undefined);
          counts.attempts++;
          if (response.status !== 200) denied.push(`GET ${route.path} [party ${party}]: ${actor.name} got ${response.status} ${response.text.slice(0, 160)}`);
          else counts.allowed++;
          checkLeaks(actor, `GET ${route.path}`, response);
        }
      }
    }
    expect({ denied, failures }).toEqual({ denied: [], failures: [] });
  }, 300_000);

  it('accepts the bodies the refusals were tried with, from a party the rules allow (a refusal was not a validation error)', async () => {
    const invalid: string[] = [];
    // Last: these change records.
    for (const route of routes) {
      const rule = ruleFor(route);
      if (!rule || rule.skip || route.method === 'GET' || !rule.body) continue;
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const actor = actors.find((candidate) => candidate.party === 2 && isAllowed(rule, candidate, 2)) ?? actors.find((candidate) => isAllowed(rule, candidate, 2));
      if (!actor) continue;
      const response = await send(actor, route.method, fill(route.path, params, 2, rule), bodyFor(rule, 2));
      counts.attempts++;
      if ((response.status === 400 && response.body?.code === 'validation_failed') || response.status >= 500) invalid.push(`${route.method} ${route.path}: ${actor.name} got ${response.status} ${response.text.slice(0, 200)}`);
    }
    expect(invalid).toEqual([]);
  }, 120_000);

  it("shows employers only the fields on the allowlist, on every route they can read (a new column cannot reach them unnoticed)", () => {
    const unlisted: string[] = [];
    for (const [route, fields] of employerFields) {
      const allowed = new Set(EMPLOYER_FIELDS[route] ?? []);
      for (const field of fields) if (!allowed.has(field)) unlisted.push(`${route}: ${field}`);
    }
    expect(unlisted).toEqual([]);
    // The reads above reached the employer-facing routes that carry a survivor's data.
    expect([...employerFields.keys()]).toEqual(expect.arrayContaining(['/applications/{id}', '/placements/{id}', '/applications', '/placements']));
  });

  function isAllowed(rule: AccessRule, actor: Actor, party: Party): boolean {
    if (actor.role === 'anonymous') return rule.allow.includes('anonymous');
    return rule.allow.some((entry) => {
      const [who, scope] = entry.split(':') as [string, 'own' | 'any' | undefined];
      const role = who === 'funder' ? 'employer' : who;
      if (role !== actor.role) return false;
      if (who === 'funder' && !actor.name.startsWith('funder')) return false;
      if (who === 'employer' && actor.name.startsWith('funder')) return false;
      return scope === 'any' || actor.party === party;
    });
  }

  function fill(path: string, params: string[], party: Party, rule: AccessRule): string {
    let filled = path;
    for (const param of params) {
      const kind = rule.params?.[param] ?? PATH_KINDS[param];
      if (!kind) throw new Error(`No object kind for {${param}} in ${path}`);
      filled = filled.replace(`{${param}}`, encodeURIComponent(kind === 'skill' ? 'hospitality.cafe_counter' : kind === 'region' ? 'riverside' : world[party][kind]));
    }
    return filled;
  }

  function bodyFor(rule: AccessRule, party: Party): unknown {
    if (!rule.body) return undefined;
    return resolveRefs(rule.body, party);
  }

  /** Replaces "@kind" strings in a body template with that party's object id. */
  function resolveRefs(template: unknown, party: Party): unknown {
    return JSON.parse(JSON.stringify(template), (_key, value) => (typeof value === 'string' && value.startsWith('@') ? world[party][value.slice(1) as ObjectKind] : value));
  }

  /**
   * For routes without ids: a list with each filter given each party's ids (the caller's role
   * decides; the leak check decides what comes back), or a body naming each party's records.
   */
  function variantsWithoutIds(route: { method: string; path: string }, rule: AccessRule, actor: Actor): Array<{ path: string; body: unknown; label: string; party: Party }> {
    const own = actor.party ?? 1;
    if (route.method === 'GET') {
      const variants = [{ path: route.path, body: undefined, label: `GET ${route.path}`, party: own }];
      for (const [param, kind] of Object.entries(rule.query ?? {})) {
        for (const party of [1, 2] as const) variants.push({ path: `${route.path}?${param}=${world[party][kind]}`, body: undefined, label: `GET ${route.path}?${param}=<party ${party}>`, party: own });
      }
      return variants;
    }
    if (!rule.ownsBody) return [{ path: route.path, body: bodyFor(rule, own) ?? {}, label: `${route.method} ${route.path}`, party: own }];
    return ([1, 2] as const).map((party) => ({ path: route.path, body: bodyFor(rule, party), label: `${route.method} ${route.path} [body of party ${party}]`, party }));
  }
});
