import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { APP_VERSION } from '../version';
import { nullableToOpenApi30 } from './nullable-types';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Habeas API')
    .setDescription(
      'Case tracker for people detained for political reasons. Every error has the shape ' +
        '{ statusCode, code, message, details? }. Mutations need the session cookie and the x-csrf-token header.',
    )
    .setVersion(APP_VERSION)
    .addCookieAuth('habeas_session')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    // The handler name is the operationId, so the typed client reads like the user's action.
    operationIdFactory: (_controller, method) => method,
  });
  return sortDeep(nullableToOpenApi30(cleanupOpenApiDoc(document))) as OpenAPIObject;
}

/** Serves the document at /api/openapi.json and the interactive docs at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    ui: true,
    raw: ['json'],
  });
}

/** Sorted keys make the committed document diff cleanly. */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortDeep(v)]),
    );
  }
  return value;
}
