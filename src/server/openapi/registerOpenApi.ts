import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** Where the browsable API docs live. */
export const API_DOCS_PREFIX = '/api/docs';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/openapi.json';

/** What the document says about the API. */
export interface OpenApiInfo {
  /** package.json `name`. */
  title: string;
  /** package.json `version`. */
  version: string;
}

/**
 * Documents the API: `GET /openapi.json` (OpenAPI 3.1, generated from the zod schemas each
 * route validates with) and the browsable docs at `/api/docs`, both for any signed-in viewer.
 * Only routes that declare a schema (and do not hide it) are listed: static files and the
 * docs' own routes are not. Register it before the routes it documents.
 * @param app - the root server
 * @param info - title and version of the document
 */
export async function registerOpenApi(app: FastifyInstance, info: OpenApiInfo): Promise<void> {
  // The docs' own routes (HTML, assets, the document again) are for viewers, like the API.
  app.addHook('onRoute', (route) => {
    if (isDocsRoute(route.url) && route.config?.access === undefined) {
      route.config = { ...route.config, access: 'viewer' };
    }
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: info.title,
        version: info.version,
        description: 'The HTTP API of Guildhall: dashboard reads, audit log, member export, and the sandbox.',
      },
    },
    transform: (document) => {
      const { schema, route } = document;
      if (schema === undefined || schema.hide === true || route.schema?.response === undefined) {
        return { schema: { hide: true }, url: document.url };
      }
      return jsonSchemaTransform(document);
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: API_DOCS_PREFIX });
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { access: 'viewer' } }, () => app.swagger());
}

function isDocsRoute(url: string): boolean {
  return url === API_DOCS_PREFIX || url.startsWith(`${API_DOCS_PREFIX}/`);
}
