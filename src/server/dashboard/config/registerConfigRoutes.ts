import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ConfigModule } from '../../../config/buildConfigSchema.js';
import { formatConfigError, type ConfigError } from '../../../config/ConfigError.js';
import { liveReferenceWarnings } from '../../../config/checkReferencesLive.js';
import { parseConfig } from '../../../config/parseConfig.js';
import { errorMessage } from '../../../core/errors.js';
import type { GuildSnapshot } from '../../../platform/Platform.js';
import { ConfigResponse, type ConfigPlan, type ConfigProblem } from './ConfigApi.js';

/** What the config page reads from. */
export interface ConfigDeps {
  /** community.yaml's path, as the process was given it. */
  path: string;
  /** Its text as loaded at start. */
  text: string;
  /** The modules whose sections the file may hold (`moduleList`). */
  modules: readonly ConfigModule[];
  guildId: string;
  /** Reads the live guild (`platform.fetchGuild`), for the channel and role checks. */
  fetchGuild: (guildId: string) => Promise<GuildSnapshot>;
  /** The server blueprint's plan against the live guild (wired by the app: the server may not import modules). */
  plan: () => Promise<ConfigPlan>;
}

/**
 * Registers `GET /api/config` (admin access): the effective community.yaml, what `guildhall
 * validate` says of it (plus the channels and roles the live guild lacks) and the server
 * blueprint's current plan.
 * @param app - the Fastify server
 * @param deps - the file, the modules, the guild reader and the planner
 */
export function registerConfigRoutes(app: FastifyInstance, deps: ConfigDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/config',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'The effective community.yaml, its validation and the blueprint plan',
        description:
          'The file as loaded at start, the result of the `guildhall validate` checks (with warnings for channels and roles the live guild lacks) and what `guildhall apply` would change.',
        tags: ['config'],
        response: { 200: ConfigResponse },
      },
    },
    async () => {
      const [validation, plan] = await Promise.all([validate(deps, app), planOrError(deps)]);
      return { path: deps.path, yaml: deps.text, validation, plan };
    },
  );
}

async function validate(
  deps: ConfigDeps,
  app: FastifyInstance,
): Promise<{ valid: boolean; errors: ConfigProblem[]; warnings: ConfigProblem[] }> {
  const result = parseConfig(deps.text, deps.path, deps.modules);
  if (!result.ok) return { valid: false, errors: result.errors.map(toProblem), warnings: [] };
  let live: ConfigError[] = [];
  try {
    live = liveReferenceWarnings(deps.text, deps.path, deps.modules, await deps.fetchGuild(deps.guildId));
  } catch (error) {
    app.log.warn({ err: error }, 'dashboard: cannot read the guild to check community.yaml');
  }
  const warnings = [...result.warnings, ...live].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { valid: true, errors: [], warnings: warnings.map(toProblem) };
}

async function planOrError(deps: ConfigDeps): Promise<ConfigPlan> {
  try {
    return await deps.plan();
  } catch (error) {
    return { enabled: true, changes: [], upToDate: false, problems: [], error: errorMessage(error) };
  }
}

function toProblem(error: ConfigError): ConfigProblem {
  return { line: error.line, path: error.path, message: error.message, text: formatConfigError(error) };
}
