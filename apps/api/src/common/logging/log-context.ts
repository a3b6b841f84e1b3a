import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

/** What every log line written while serving a request carries: the request's id. */
interface LogContext {
  reqId: string;
}

const context = new AsyncLocalStorage<LogContext>();

/** The id of the request being served, when a log line is written during one. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.reqId;
}

/**
 * Runs each request's hooks, handler and error filter inside a log context holding its id, so
 * that a service's log line can be matched with the request's own line and the audit trail
 * without any code passing the id along. The id (Fastify's, a random UUID per request) is sent
 * back as `X-Request-Id`: a support request can quote it, and it says nothing about the caller.
 */
export function installLogContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    // done() runs the rest of the request's lifecycle inside the context.
    context.run({ reqId: request.id }, done);
  });
}
