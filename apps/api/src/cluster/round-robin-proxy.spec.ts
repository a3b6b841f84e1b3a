import { createServer, IncomingHttpHeaders, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { RoundRobinProxy } from './round-robin-proxy';

interface Seen {
  upstream: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in API instance: records what reached it, answers with `answer`. */
async function upstream(name: string, seen: Seen[], answer?: (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ upstream: name, method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (answer) return answer(res, req);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(name);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const { server, port } = await upstream('closed', []);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function call(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string[]; localAddress?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, localAddress: options.localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    for (const chunk of options.body ?? []) req.write(chunk);
    req.end();
  });
}

describe('RoundRobinProxy', () => {
  const servers: Server[] = [];
  let proxy: RoundRobinProxy | undefined;
  const logs: Array<Record<string, unknown>> = [];

  async function start(upstreams: Array<{ name: string; port: number }>): Promise<number> {
    proxy = new RoundRobinProxy({ upstreams, loopback: '127.0.0.1', upstreamTimeoutMs: 5000, probeIntervalMs: 50, log: (_level, entry) => logs.push(entry) });
    return (await proxy.listen(0, '127.0.0.1')).port;
  }

  afterEach(async () => {
    proxy?.closeAllConnections();
    await proxy?.close();
    proxy = undefined;
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('takes the instances in turn and tells them the client address it saw, never the one the client claims', async () => {
    const seen: Seen[] = [];
    const one = await upstream('one', seen);
    const two = await upstream('two', seen);
    servers.push(one.server, two.server);
    const port = await start([{ name: 'one', port: one.port }, { name: 'two', port: two.port }]);

    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(
        (await call(port, { path: `/api/v1/x?i=${i}`, localAddress: '127.0.0.9', headers: { 'X-Forwarded-For': '203.0.113.1', Forwarded: 'for=203.0.113.2', 'X-Forwarded-Proto': 'https', Connection: 'x-private', 'X-Private': 'hop' } })).body,
      );
    }
    expect(answers).toEqual(['one', 'two', 'one', 'two']);
    expect(seen.map((request) => request.url)).toEqual(['/api/v1/x?i=0', '/api/v1/x?i=1', '/api/v1/x?i=2', '/api/v1/x?i=3']);
    for (const { headers } of seen) {
      expect(headers['x-forwarded-for']).toBe('127.0.0.9');
      expect(headers['x-forwarded-proto']).toBe('http');
      expect(headers.forwarded).toBeUndefined();
      // Named by Connection: meant for the proxy alone.
      expect(headers['x-private']).toBeUndefined();
    }
  });

  it('sends a request on to the next instance when one refuses the connection, body and all, and probes it back', async () => {
    const seen: Seen[] = [];
    const live = await upstream('live', seen);
    servers.push(live.server);
    const deadPort = await closedPort();
    const port = await start([{ name: 'dead', port: deadPort }, { name: 'live', port: live.port }]);

    const answer = await call(port, { method: 'POST', path: '/api/v1/things', headers: { 'Content-Type': 'application/json', 'Content-Length': '13' }, body: ['{"a":', '"bcdef"}'] });
    expect(answer).toMatchObject({ status: 200, body: 'live' });
    expect(seen).toEqual([expect.objectContaining({ upstream: 'live', method: 'POST', body: '{"a":"bcdef"}' })]);
    expect(seen[0].headers['content-length']).toBe('13');
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'Instance not taking connections; skipped until it answers', instance: 'dead', reason: 'ECONNREFUSED' }));

    // The instance comes back on its port: the probe puts it back in turn.
    const revived = createServer((_req, res) => res.end('revived'));
    servers.push(revived);
    await new Promise<void>((resolve) => revived.listen(deadPort, '127.0.0.1', resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const bodies = [(await call(port)).body, (await call(port)).body];
    expect(bodies.sort()).toEqual(['live', 'revived']);
  });

  it('never sends again a request that reached an instance: the client gets a 502', async () => {
    const seen: Seen[] = [];
    // Takes the request, then drops the connection without an answer.
    const broken = await upstream('broken', seen, (res) => res.socket!.destroy());
    const spare = await upstream('spare', seen);
    servers.push(broken.server, spare.server);
    const port = await start([{ name: 'broken', port: broken.port }, { name: 'spare', port: spare.port }]);

    const answer = await call(port, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ['{}'] });
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 502, code: 'bad_gateway' });
    expect(seen.map((request) => request.upstream)).toEqual(['broken']);
  });

  it('streams chunked bodies both ways and passes every Set-Cookie and the Content-Length through', async () => {
    const seen: Seen[] = [];
    const chunked = await upstream('chunked', seen, (res, req) => {
      res.setHeader('Set-Cookie', ['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
      if (req.url === '/sized') {
        res.setHeader('Content-Length', '5');
        return res.end('sized');
      }
      res.write('part one, ');
      setTimeout(() => res.end('part two'), 20);
    });
    servers.push(chunked.server);
    const port = await start([{ name: 'chunked', port: chunked.port }]);

    const streamed = await call(port, { method: 'POST', body: ['first ', 'second'] });
    expect(seen[0].headers['transfer-encoding']).toBe('chunked');
    expect(seen[0].body).toBe('first second');
    expect(streamed.headers['transfer-encoding']).toBe('chunked');
    expect(streamed.body).toBe('part one, part two');
    expect(streamed.headers['set-cookie']).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);

    const sized = await call(port, { path: '/sized' });
    expect(sized.headers['content-length']).toBe('5');
    expect(sized.headers['transfer-encoding']).toBeUndefined();
    expect(sized.body).toBe('sized');
  });

  it('answers 503 with Retry-After when no instance takes connections', async () => {
    const port = await start([{ name: 'gone', port: await closedPort() }]);
    const answer = await call(port);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('2');
    expect(JSON.parse(answer.body)).toEqual({ statusCode: 503, code: 'service_unavailable', message: expect.any(String) });
  });

  it('on close, takes no new connection and lets the request in flight finish', async () => {
    let release: () => void = () => undefined;
    const slow = await upstream('slow', [], (res) => {
      release = () => res.end('finished');
    });
    servers.push(slow.server);
    const port = await start([{ name: 'slow', port: slow.port }]);

    const inFlight = call(port);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = proxy!.close();
    await expect(call(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    release();
    expect(await inFlight).toMatchObject({ status: 200, body: 'finished' });
    await closed;
    proxy = undefined;
  });
});
