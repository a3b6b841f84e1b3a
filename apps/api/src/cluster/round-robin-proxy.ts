import { Agent, IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, request as httpRequest, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

export interface Upstream {
  /** How logs name it, e.g. `api-1`. */
  name: string;
  port: number;
}

export interface RoundRobinProxyOptions {
  /** The API instances, all on `localAddress`'s loopback. */
  upstreams: Upstream[];
  /**
   * The address the proxy connects to the instances from, and the one they listen on. Their
   * TRUST_PROXY names it, so they believe the X-Forwarded-For this proxy sets and no other.
   */
  loopback: string;
  /** An instance that has not answered a request within this is given up on (504). */
  upstreamTimeoutMs: number;
  /** How often an instance that refused a connection is tried again. */
  probeIntervalMs?: number;
  log(level: 'info' | 'warn' | 'error', entry: Record<string, unknown>): void;
}

/** Headers that describe one connection, not the message: never passed on (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'upgrade']);
/**
 * What a client could say about where it is: replaced, never believed. This proxy is the edge, so
 * the client's own address is the first and only hop it reports.
 */
const CLIENT_CLAIMS = new Set(['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded']);

interface Instance extends Upstream {
  up: boolean;
  probe?: NodeJS.Timeout;
}

/**
 * A small HTTP load balancer for the API instances of `npm run start:cluster` (node:http only).
 *
 * - Round-robin over the instances that accept connections; one that refuses is skipped, and
 *   probed until it answers again.
 * - A request is sent to the next instance only when it could not be sent at all (the connection
 *   was refused): its body is not read until a connection is open. Once a request has reached an
 *   instance it is never sent again: a failure then is a 502 (or a cut connection if the answer
 *   had begun), and the client decides whether to retry (with an Idempotency-Key, safely).
 * - X-Forwarded-For is the client's socket address, whatever the client sent; X-Forwarded-Proto
 *   is `http`. The instances trust only this proxy's address (TRUST_PROXY), so rate limits and
 *   the audit trail see the real client, and nobody can choose their address by a header.
 * - Bodies stream both ways; Content-Length and Transfer-Encoding are kept, so node frames each
 *   side as the other did; every Set-Cookie passes through.
 */
export class RoundRobinProxy {
  private readonly server: Server;
  private readonly instances: Instance[];
  /** A connection per request: a refused connect then always means nothing was sent. */
  private readonly agent = new Agent({ keepAlive: false });
  private next = 0;
  private closing = false;

  constructor(private readonly options: RoundRobinProxyOptions) {
    this.instances = options.upstreams.map((upstream) => ({ ...upstream, up: true }));
    this.server = createServer((request, response) => this.handle(request, response));
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Takes an instance out of the rotation (it exited) until it answers again. */
  markDown(name: string): void {
    const instance = this.instances.find((candidate) => candidate.name === name);
    if (instance) this.down(instance);
  }

  /**
   * Stops taking connections: a request still arriving on a kept-alive one gets a 503 and the
   * connection closes; requests in flight go on. Settles once every connection has closed.
   */
  close(): Promise<void> {
    this.closing = true;
    for (const instance of this.instances) clearInterval(instance.probe);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    return closed;
  }

  /** Cuts every connection still open (after the instances have stopped). */
  closeAllConnections(): void {
    this.server.closeAllConnections();
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    if (this.closing) {
      response.shouldKeepAlive = false;
      return this.answerError(response, 503, 'service_unavailable', 'This server is stopping; try again shortly.');
    }
    const headers = upstreamHeaders(request);
    this.send(request, response, headers, this.candidates(), 0);
  }

  /** Every instance, starting one further along each time: those taking connections first. */
  private candidates(): Instance[] {
    const start = this.next++ % this.instances.length;
    const order = [...this.instances.slice(start), ...this.instances.slice(0, start)];
    return [...order.filter((instance) => instance.up), ...order.filter((instance) => !instance.up)];
  }

  private send(request: IncomingMessage, response: ServerResponse, headers: OutgoingHttpHeaders, candidates: Instance[], index: number): void {
    const instance = candidates[index];
    if (!instance) {
      response.setHeader('Retry-After', '2');
      return this.answerError(response, 503, 'service_unavailable', 'No instance of Onward is reachable; try again shortly.');
    }
    let connected = false;
    let abandoned = false;
    const upstream = httpRequest({
      host: this.options.loopback,
      localAddress: this.options.loopback,
      port: instance.port,
      method: request.method,
      path: request.url,
      headers,
      agent: this.agent,
      timeout: this.options.upstreamTimeoutMs,
    });
    // A client that goes away takes its request with it.
    const abandon = () => {
      if (response.writableFinished) return;
      abandoned = true;
      upstream.destroy();
    };
    response.once('close', abandon);
    upstream.once('socket', (socket: Socket) => {
      const start = () => {
        connected = true;
        // The body is read only now, so a refused connection leaves it for the next instance.
        request.pipe(upstream);
        request.once('error', () => upstream.destroy());
      };
      if (socket.connecting) socket.once('connect', start);
      else start();
    });
    upstream.once('timeout', () => upstream.destroy(Object.assign(new Error('The instance did not answer in time'), { code: 'UPSTREAM_TIMEOUT' })));
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      if (abandoned) return;
      if (!connected) {
        // Nothing was sent: the next instance may have it.
        response.off('close', abandon);
        this.down(instance, error.code);
        return this.send(request, response, headers, candidates, index + 1);
      }
      // It reached the instance: never sent again.
      this.options.log('warn', { msg: 'Request to an instance failed', instance: instance.name, error: error.code ?? error.message });
      if (error.code === 'UPSTREAM_TIMEOUT') return this.answerError(response, 504, 'request_timeout', 'The server took too long to answer.');
      this.answerError(response, 502, 'bad_gateway', 'The server failed while answering; if the request changed something, check before sending it again.');
    });
    upstream.once('response', (answer) => {
      if (this.closing) response.shouldKeepAlive = false;
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, downstreamHeaders(answer.headers));
      answer.pipe(response);
      // An answer cut short is cut short for the client too, not passed off as complete.
      answer.once('aborted', () => response.destroy());
      answer.once('error', () => response.destroy());
    });
  }

  private down(instance: Instance, reason?: string): void {
    if (instance.up) this.options.log('warn', { msg: 'Instance not taking connections; skipped until it answers', instance: instance.name, ...(reason && { reason }) });
    instance.up = false;
    if (instance.probe || this.closing) return;
    instance.probe = setInterval(() => this.probe(instance), this.options.probeIntervalMs ?? 1000);
    instance.probe.unref();
  }

  /** Any answer to a health check (a 503 included: the database is shared) puts it back. */
  private probe(instance: Instance): void {
    const check = httpRequest({ host: this.options.loopback, localAddress: this.options.loopback, port: instance.port, path: '/api/v1/health', agent: this.agent, timeout: 2000 });
    check.once('response', (answer) => {
      answer.resume();
      clearInterval(instance.probe);
      instance.probe = undefined;
      if (!instance.up && !this.closing) this.options.log('info', { msg: 'Instance taking connections again', instance: instance.name });
      instance.up = true;
    });
    check.once('timeout', () => check.destroy());
    check.once('error', () => undefined);
    check.end();
  }

  private answerError(response: ServerResponse, status: number, code: string, message: string): void {
    if (response.headersSent) return void response.destroy();
    const body = JSON.stringify({ statusCode: status, code, message });
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    response.end(body);
  }
}

/** The client's headers minus hop-by-hop ones and its claims about itself, plus what this proxy knows. */
export function upstreamHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const named = connectionHeaders(request.headers.connection);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // Expect: 100-continue was answered by this proxy's server already.
    if (value === undefined || HOP_BY_HOP.has(name) || CLIENT_CLAIMS.has(name) || named.has(name) || name === 'expect') continue;
    headers[name] = value;
  }
  headers['x-forwarded-for'] = clientAddress(request.socket);
  headers['x-forwarded-proto'] = 'http';
  return headers;
}

/** The instance's headers minus hop-by-hop ones; Set-Cookie stays a list. */
function downstreamHeaders(incoming: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = connectionHeaders(incoming.connection);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    headers[name] = value;
  }
  return headers;
}

/** Headers a Connection header names are hop-by-hop too. */
function connectionHeaders(connection: string | undefined): Set<string> {
  return new Set((connection ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean));
}

/** The socket's remote address, an IPv4-mapped IPv6 address written as IPv4. */
function clientAddress(socket: Socket): string {
  const address = socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
