import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { INestApplication, Logger, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Server } from 'node:http';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { RequestAudit } from './modules/audit/request-audit';
import { HttpMetrics } from './modules/metrics/http-metrics';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { ApiErrorDto } from './common/errors/api-error.dto';
import { Errors } from './common/errors/domain.exception';
import { JsonLogger } from './common/logging/json-logger';
import { installLogContext } from './common/logging/log-context';
import { InputShapePipe } from './common/validation/input-shape.pipe';
import { CSRF_HEADER, SESSION_COOKIE } from './common/security/request-context';
import { AppConfig } from './config/app-config';
import { DatabaseTarget } from './database/database.tokens';

export const API_PREFIX = 'api/v1';

/** Creates the Nest application on Fastify with the production pipeline installed. */
export async function createApp(config: AppConfig, database: DatabaseTarget): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), createAdapter(config), {
    logger: new JsonLogger(config.logLevel),
  });
  await bootstrap(app, config);
  return app;
}

export function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    genReqId: () => randomUUID(),
    // JSON bodies with __proto__ or constructor.prototype keys are refused outright.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // An address Fastify cannot route (bad percent-encoding, a parameter over maxParamLength)
    // gets the API's error body, not Fastify's own, which repeats the address.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const { body } = new AllExceptionsFilter().toResponse(error);
      void reply.status(body.statusCode).send(body);
    },
    // A request not answered within HTTP_REQUEST_TIMEOUT_MS gets a 503 request_timeout (the handler
    // runs on, but statement_timeout, below it, has already ended any stuck query); receiving a
    // request may take as long, and a socket silent for longer than that and a margin is closed.
    handlerTimeout: config.http.requestTimeoutMs,
    requestTimeout: config.http.requestTimeoutMs,
    connectionTimeout: config.http.requestTimeoutMs + 10_000,
  });
}

/**
 * Installs everything a request passes through: headers, cookies, CORS, validation, the error
 * filter, request logs, the OpenAPI document and the portal. main.ts and the e2e tests both
 * call it, so tests run the production pipeline.
 */
export async function bootstrap(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: Nest's adapter would also parse form bodies, which no client of this API sends.
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit: config.http.bodyLimitBytes }, (request, body, done) =>
    parseJson(request, body.toString('utf8'), done),
  );
  app.setGlobalPrefix(API_PREFIX);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its theme into style attributes and tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.session.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  app.enableCors({
    origin: config.http.corsOrigins.length ? config.http.corsOrigins : false,
    credentials: true,
    allowedHeaders: ['Content-Type', CSRF_HEADER, 'Idempotency-Key'],
    exposedHeaders: ['Idempotent-Replayed', 'Retry-After', 'X-Request-Id'],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });
  app.useGlobalPipes(
    new InputShapePipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => Errors.validation(flattenValidationErrors(errors)),
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());

  const logger = new Logger('Http');
  installLogContext(fastify);
  fastify.addHook('onSend', async (request, reply, payload) => {
    // Nothing the API answers may be kept by a browser or a proxy: it may be about a survivor.
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  fastify.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: a URL can carry search words or ids.
    logger.log({ msg: 'request', reqId: request.id, method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
  });

  app.get(RequestAudit).install(fastify, `/${API_PREFIX}`);
  app.get(HttpMetrics).install(fastify, `/${API_PREFIX}`);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/json', useGlobalPrefix: false, ui: true });

  await servePortal(app, config);
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Onward API')
    .setDescription(
      'Every route is under /api/v1. Sign in with POST /auth/login; the session is an HttpOnly cookie. ' +
        'Every POST, PUT, PATCH and DELETE needs the X-CSRF-Token header from GET /auth/csrf. ' +
        'A signed-in POST, PUT or PATCH may carry an Idempotency-Key header (1 to 128 printable ASCII characters, new for each ' +
        'new request): a retry with the same key and the same request is not carried out again but gets the first answer, ' +
        'with the header Idempotent-Replayed: true, for 24 hours. The same key with another request is refused with 422 ' +
        'idempotency_key_reused; while the first is still running, 409 idempotency_in_progress (with Retry-After); if the ' +
        'first was carried out but its answer was lost, 409 idempotency_already_applied. A 503 (database_unavailable, ' +
        'request_timeout) has Retry-After and is safe to retry with the same key.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
    .addGlobalResponse({ status: 'default', description: 'An error, with a stable code', type: ApiErrorDto })
    .build();
  return SwaggerModule.createDocument(app, options, {
    extraModels: [ApiErrorDto], operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
}

/** The built portal on the same port; any other non-API path gets its index.html. */
async function servePortal(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const hasPortal = existsSync(join(config.portalDir, 'index.html'));
  if (hasPortal) {
    await app.register(fastifyStatic, { root: config.portalDir, wildcard: false, index: false, maxAge: '1h' });
  }
  const filter = new AllExceptionsFilter();
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/') || !hasPortal) {
      const { body } = filter.toResponse(Errors.notFound('This page'));
      return reply.status(404).send(body);
    }
    // index.html names the current build's assets: never serve a stale one.
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}
