import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { catchError, concatMap, from, Observable, of, throwError } from 'rxjs';
import { OnwardRequest } from '../../common/security/request-context';
import { withCommitStep } from '../../database/transaction-runner';
import { IDEMPOTENCY_HEADER, parseIdempotencyKey, REPLAYED_HEADER, requestFingerprint } from './idempotency-key';
import { IdempotencyService } from './idempotency.service';

const METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A POST, PUT or PATCH from a signed-in user with an Idempotency-Key header is carried out once
 * for that user and key; a retry gets the first answer again (IdempotencyService says how, and
 * what is guaranteed when something dies half-way). Requests without the header, and public
 * routes (no user to keep the key for), pass through untouched.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<OnwardRequest>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined || !METHODS.has(request.method) || !request.actor) return next.handle();

    const key = parseIdempotencyKey(header);
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    // The status Nest will answer with: the route's @HttpCode, else its method's default.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    return from(this.idempotency.start(request.actor.id, key, fingerprint)).pipe(
      concatMap((start) => {
        if ('replay' in start || 'replayError' in start) {
          http.getResponse<FastifyReply>().header(REPLAYED_HEADER, 'true');
          return 'replay' in start ? of(start.replay.body) : throwError(() => start.replayError);
        }
        const attempt = start.run;
        // handle() binds the handler to the async context it is called in: there, every
        // transaction the handler commits marks the key applied in the same commit.
        const handled = withCommitStep((manager) => this.idempotency.markApplied(manager, attempt), () => next.handle());
        return handled.pipe(
          concatMap(async (body) => {
            await this.idempotency.succeeded(attempt, status, body);
            return body;
          }),
          catchError((error: unknown) => from(this.idempotency.failed(attempt, error)).pipe(concatMap(() => throwError(() => error)))),
        );
      }),
    );
  }
}
