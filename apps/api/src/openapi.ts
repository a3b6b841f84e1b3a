/**
 * Writes the OpenAPI document without a database: the module graph is built in preview mode,
 * so no provider is instantiated. The portal's API types are generated from this file.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { API_PREFIX, buildOpenApiDocument } from './bootstrap';
import { loadConfig } from './config/app-config';

export async function generateOpenApiJson(): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'openapi-generation-needs-no-real-secret',
    ENCRYPTION_KEYS: `unused:${Buffer.alloc(32).toString('base64')}`,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, { url: 'postgresql://unused', engine: 'postgresql' }),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app);
  await app.close();
  return JSON.stringify(document, null, 2) + '\n';
}

if (require.main === module) {
  const target = process.argv[2];
  generateOpenApiJson().then((json) => {
    if (target) writeFileSync(target, json);
    else process.stdout.write(json);
  });
}
