/**
 * Builds the HTTP application (used by main.ts, the CLI's OpenAPI export and
 * the integration tests, so all three see the same app).
 */
import './openapi/nullable-types'; // first: fixes the OpenAPI metadata of every DTO defined after it
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { RequestLogController } from './common/request-log';
import type { Config } from './config/config.schema';
import type { DatabaseInfo } from './database/database-info';
import { setupOpenApi } from './openapi/openapi';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export async function createHttpApp(
  config: Config,
  database: DatabaseInfo,
  options: { serveWeb?: boolean; logger?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger:
      options.logger === false
        ? false
        : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    // Keep a caller's request id (a proxy's, or the web app's) so one id follows a request end to end.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
    logController: new RequestLogController(),
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
    logger: options.logger === false ? false : ['error', 'warn'],
    bufferLogs: false,
  });
  app.setGlobalPrefix('api');
  await app.register(fastifyCookie as never);
  // File uploads (attachments): streamed part by part, never buffered whole; one file per request.
  await app.register(fastifyMultipart as never, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const webDist = path.join(config.repoRoot, 'apps', 'web', 'dist');
  if (options.serveWeb) {
    app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.useGlobalFilters(
    AllExceptionsFilter.withWebApp(options.serveWeb ? path.join(webDist, 'index.html') : undefined),
  );
  setupOpenApi(app);
  return app;
}
