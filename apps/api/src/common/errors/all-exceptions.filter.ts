import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorBody, ErrorCode } from '@onward/shared';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { databaseFailure } from './database-failure';
import { QueryFailedError } from 'typeorm';
import { DomainException, ERASED_RECORD_SQLSTATE, Errors } from './domain.exception';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'malformed_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'malformed_request',
  429: 'rate_limited',
};

/** Messages for errors raised by Fastify itself (body parsing, limits) before Nest sees them. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but JSON was announced.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body.',
  FST_ERR_BAD_URL: 'The address is not valid.',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the address is too long.',
};

/** Seconds a caller is asked to wait before retrying after a 503. */
const RETRY_AFTER_SECONDS = '5';

/**
 * The one place errors become responses. Typed domain errors keep their code and message; the
 * database out of reach or too slow, and a request past HTTP_REQUEST_TIMEOUT_MS, become a 503
 * the caller may retry; anything else unexpected becomes a 500 that shows only an error id, with
 * the details in the log.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, headers } = this.toResponse(exception);
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    reply.status(body.statusCode).send(body);
  }

  toResponse(exception: unknown): { body: ApiErrorBody; headers: Record<string, string> } {
    if (exception instanceof DomainException) {
      return {
        body: { statusCode: exception.status, code: exception.code, message: exception.message, ...(exception.fields && { fields: exception.fields }) },
        headers: exception.headers ?? {},
      };
    }
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: unknown } | undefined)?.code === ERASED_RECORD_SQLSTATE) {
      return this.toResponse(Errors.erased());
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        const response = exception.getResponse();
        const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
        const message = typeof raw === 'string' ? raw : HttpStatus[status] ? humanise(HttpStatus[status]) : 'The request was refused.';
        return { body: { statusCode: status, code: CODE_BY_STATUS[status] ?? 'malformed_request', message }, headers: {} };
      }
    }
    const database = databaseFailure(exception);
    if (database) {
      // The driver's code and message only: a failed query's text and parameters may hold personal data.
      const cause = exception as { code?: unknown; message?: unknown };
      this.logger.warn({ msg: database === 'timeout' ? 'Database statement timed out' : 'Database unavailable', code: cause?.code, error: String(cause?.message) });
      return database === 'timeout' ? timedOut() : {
        body: { statusCode: 503, code: 'database_unavailable', message: 'The service cannot reach its database just now. Please try again in a moment.' },
        headers: { 'Retry-After': RETRY_AFTER_SECONDS },
      };
    }
    const fastifyError = exception as { statusCode?: unknown; code?: unknown; message?: unknown };
    if (fastifyError?.code === 'FST_ERR_HANDLER_TIMEOUT' || isWrappedHandlerTimeout(exception)) {
      this.logger.warn({ msg: 'Request timed out' });
      return timedOut();
    }
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const status = fastifyError.statusCode;
      const message = (typeof fastifyError.code === 'string' && FASTIFY_MESSAGES[fastifyError.code]) || 'The request could not be read.';
      return { body: { statusCode: status, code: CODE_BY_STATUS[status] ?? 'malformed_request', message }, headers: {} };
    }
    const errorId = randomUUID();
    this.logger.error({ msg: 'Unhandled error', errorId, error: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception) });
    return {
      body: { statusCode: 500, code: 'internal_error', message: 'Something went wrong on our side. Quote this error id if you contact support.', errorId },
      headers: {},
    };
  }
}

/**
 * Fastify's handler timeout as Nest hands it over: Nest turns a Fastify error into an
 * HttpException with its message and status, dropping the code.
 */
function isWrappedHandlerTimeout(exception: unknown): boolean {
  return exception instanceof HttpException && exception.getStatus() === 503 && /^Request timed out after \d+ ms/.test(exception.message);
}

function timedOut(): { body: ApiErrorBody; headers: Record<string, string> } {
  return {
    body: { statusCode: 503, code: 'request_timeout', message: 'This took too long and was stopped. Please try again in a moment.' },
    headers: { 'Retry-After': RETRY_AFTER_SECONDS },
  };
}

function humanise(constant: string): string {
  const text = constant.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
