// What every route module receives: the database, the config, and the typed Fastify instance.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../storage/db';
import type { UserRow } from '../storage/schema';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Sessions looked up in the last few seconds (token hash → user), so reads do not query them each time. */
export type SessionCache = Map<string, { user: UserRow; csrfToken: string; until: number }>;

export interface Ctx {
  database: Database;
  config: Config;
  version: string;
  sessions: SessionCache;
}
