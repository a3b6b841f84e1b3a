import { ArgumentsHost, BadRequestException, HttpException, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
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
});
