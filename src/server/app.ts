// buildApp: the Fastify application without listen(), so tests drive it through app.inject() (STYLE.md habit 9).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type Config, configSchema } from '../config';
import { AppError } from '../shared/api/errors';
import { limits } from '../shared/api/limits';
import type { Database } from '../storage/db';
import { registerSessions } from './auth/session';
import { ReadCache, registerReadCache } from './cache';
import type { App, Ctx } from './context';
import { dashboardRoutes } from './dashboard';
import { departmentRoutes } from './departments';
import { errorHandler } from './errors';
import { healthRoutes } from './health';
import { importRoutes } from './imports';
import { planRoutes } from './plans';
import { progressRoutes } from './progress';
import { publicRoutes } from './public';
import { regionRoutes } from './regions';
import { sessionRoutes } from './session';
import { serveWeb } from './static';
import { supervisionRoutes } from './supervision/routes';
import { targetRoutes } from './targets';
import { userRoutes } from './users';

export interface BuildOptions {
  database: Database;
  config?: Partial<Config>;
  logger?: FastifyServerOptions['logger'];
}

function packageVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

/**
 * The typed options over the defaults, checked by the same schema as the environment: booleans are given back
 * as the words the schema reads, undefined fields keep their default, a bad value is a clear error.
 */
export function resolveConfig(given: Partial<Config> = {}): Config {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined) input[key] = typeof value === 'boolean' ? String(value) : value;
  }
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
  throw new Error(`buildApp: invalid config (${problems.join('; ')})`);
}

export async function buildApp(opts: BuildOptions): Promise<App> {
  const config = resolveConfig(opts.config);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: limits.bodyBytes,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  const ctx: Ctx = { database: opts.database, config, version: packageVersion(), sessions: new Map() };

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: limits.uploadBytes, files: 1, fields: 10, parts: 12 },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(swagger, {
    openapi: { info: { title: 'duban API', version: ctx.version } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessions(app, ctx);
  registerReadCache(app, new ReadCache(config.readCacheMs));
  for (const routes of [
    healthRoutes,
    sessionRoutes,
    planRoutes,
    targetRoutes,
    progressRoutes,
    departmentRoutes,
    dashboardRoutes,
    importRoutes,
    publicRoutes,
    userRoutes,
    regionRoutes,
    supervisionRoutes,
  ]) {
    routes(app, ctx);
  }
  await serveWeb(app, config.webDir);
  return app;
}
