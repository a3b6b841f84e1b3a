import { ArgumentsHost, BadRequestException, HttpException, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { errorCodes } from 'fastify';
import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { JsonLogger } from '../logging/json-logger';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { DomainException, Errors } from './domain.exception';

/** Just enough of a Fastify reply to see what the filter sends. */
function fakeHost() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const reply = {
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('AllExceptionsFilter', () => {
  const filter = new AllExceptionsFilter();
  let logs: string[];

  beforeEach(() => {
    logs = [];
    Logger.overrideLogger(new JsonLogger('debug', (line) => logs.push(line)));
  });
  afterAll(() => Logger.overrideLogger(false));

  it('turns an unexpected error into a bare 500 with an error id, and logs the details under that id', () => {
    const error = new TypeError('Cannot read properties of undefined (reading "legalName") for maria@example.org');
    const { host, sent } = fakeHost();
    filter.catch(error, host);

    expect(sent.status).toBe(500);
    const body = sent.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['code', 'errorId', 'message', 'statusCode']);
    expect(body).toMatchObject({ statusCode: 500, code: 'internal_error' });
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    const text = JSON.stringify(body);
    for (const leak of ['legalName', 'TypeError', 'Cannot read', 'maria', '.ts:', 'at ']) expect(text).not.toContain(leak);

    const logged = logs.map((line) => JSON.parse(line)).find((entry) => entry.errorId === body.errorId);
    expect(logged).toMatchObject({ level: 'error', msg: 'Unhandled error', error: { name: 'TypeError' } });
    expect(logged.error.stack).toContain('all-exceptions.filter.spec');
    expect(logs.join('\n')).not.toContain('maria@example.org');
  });

  it.each([
    ['a thrown string', 'database password is hunter2'],
    ['a Nest 500', new InternalServerErrorException('pool exhausted at db-primary:5432')],
    ['a 5xx with a statusCode', Object.assign(new Error('upstream said no at 10.0.0.3'), { statusCode: 502 })],
    ['null', null],
  ])('hides %s behind an error id', (_name, thrown) => {
    const { body } = filter.toResponse(thrown);
    expect(body).toEqual({ statusCode: 500, code: 'internal_error', message: expect.any(String), errorId: expect.any(String) });
    expect(body.message).not.toMatch(/hunter2|pool|10\.0\.0\.3|upstream/);
  });

  it('keeps the code, status, message and fields of a DomainException', () => {
    const { host, sent } = fakeHost();
    filter.catch(Errors.validation({ role: ['A employer cannot belong to this kind of organisation.'] }), host);
    expect(sent.status).toBe(400);
    expect(sent.body).toEqual({
      statusCode: 400,
      code: 'validation_failed',
      message: 'Some fields are missing or not valid.',
      fields: { role: ['A employer cannot belong to this kind of organisation.'] },
    });
    expect(new DomainException('invitation_invalid', 'Expired.', 410).message).toBe('Expired.');
    expect(filter.toResponse(new DomainException('invitation_invalid', 'Expired.', 410)).body).toEqual({ statusCode: 410, code: 'invitation_invalid', message: 'Expired.' });
  });

  it("sends a DomainException's headers, e.g. Retry-After", () => {
    const { host, sent } = fakeHost();
    filter.catch(Errors.rateLimited(90.2), host);
    expect(sent.status).toBe(429);
    expect(sent.headers).toEqual({ 'Retry-After': '91' });
    expect(sent.body).toMatchObject({ code: 'rate_limited' });
  });

  it('maps a 4xx HttpException to a stable code, without Nest\'s "error" field', () => {
    expect(filter.toResponse(new NotFoundException()).body).toEqual({ statusCode: 404, code: 'not_found', message: 'Not Found' });
    expect(filter.toResponse(new BadRequestException(['a', 'b'])).body).toEqual({ statusCode: 400, code: 'malformed_request', message: 'Bad request.' });
    expect(filter.toResponse(new HttpException('Request body is too large', 413)).body).toEqual({ statusCode: 413, code: 'payload_too_large', message: 'Request body is too large' });
    expect(filter.toResponse(new HttpException('Unsupported Media Type', 415)).body).toMatchObject({ statusCode: 415, code: 'malformed_request' });
  });

  it('answers a raw Fastify client error with its status and a fixed message', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(filter.toResponse(tooLarge).body).toEqual({ statusCode: 413, code: 'payload_too_large', message: 'The request body is too large.' });
    const odd = Object.assign(new Error('Unexpected token } in JSON at position 12: {"legalName": }'), { statusCode: 400 });
    expect(filter.toResponse(odd).body).toEqual({ statusCode: 400, code: 'malformed_request', message: 'The request could not be read.' });
  });

  describe('the database out of reach or too slow', () => {
    /** A server-side error as node-postgres reports it, wrapped by TypeORM as a failed query is. */
    const failedQuery = (message: string, code: string) => {
      const driverError = Object.assign(new DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });
      return new QueryFailedError('SELECT * FROM survivor_profiles WHERE legal_name = $1', ['Maria Example'], driverError);
    };

    it.each([
      ['its backend terminated mid-query', failedQuery('terminating connection due to administrator command', '57P01')],
      ['the server starting up', failedQuery('the database system is starting up', '57P03')],
      ['a connection-class SQLSTATE', failedQuery('connection failure', '08006')],
      ['a pooled connection that died between queries', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
      ['a client whose socket already died', new Error('Client has encountered a connection error and is not queryable')],
      ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
      ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
      ['a transaction whose connection failed as it began', new QueryRunnerAlreadyReleasedError()],
      ['a query in a transaction whose connection failed', new QueryRunnerProviderAlreadyReleasedError()],
    ])('answers %s with 503 database_unavailable and Retry-After, not a 500', (_name, thrown) => {
      const { host, sent } = fakeHost();
      filter.catch(thrown, host);
      expect(sent.status).toBe(503);
      expect(sent.body).toEqual({ statusCode: 503, code: 'database_unavailable', message: expect.stringMatching(/try again/i) });
      expect(Number(sent.headers['Retry-After'])).toBeGreaterThan(0);
    });

    it('answers a statement cancelled by statement_timeout with 503 request_timeout, and logs no query or parameter', () => {
      const { host, sent } = fakeHost();
      filter.catch(failedQuery('canceling statement due to statement timeout', '57014'), host);
      expect(sent.status).toBe(503);
      expect(sent.body).toEqual({ statusCode: 503, code: 'request_timeout', message: expect.stringMatching(/try again/i) });
      expect(sent.headers['Retry-After']).toBeDefined();
      const text = logs.join('\n');
      expect(text).toContain('57014');
      expect(text).not.toMatch(/legal_name|Maria/);
    });

    it("answers Fastify's handler timeout (HTTP_REQUEST_TIMEOUT_MS) with 503 request_timeout, raw or as Nest wraps it", () => {
      const timeout = new errorCodes.FST_ERR_HANDLER_TIMEOUT(30000, '/api/v1/jobs');
      // What Nest's RoutesResolver hands the filter: an HttpException with the message and status.
      for (const thrown of [timeout, new HttpException(timeout.message, timeout.statusCode!)]) {
        const { body, headers } = filter.toResponse(thrown);
        expect(body).toEqual({ statusCode: 503, code: 'request_timeout', message: expect.any(String) });
        expect(headers['Retry-After']).toBeDefined();
      }
      expect(filter.toResponse(new HttpException('Service Unavailable', 503)).body).toMatchObject({ statusCode: 500, code: 'internal_error' });
    });

    it('still hides other database errors (a broken query is a bug) behind an error id', () => {
      expect(filter.toResponse(failedQuery('column "legal_nam" does not exist', '42703')).body).toMatchObject({ statusCode: 500, code: 'internal_error' });
    });
  });
});
