import type { z } from 'zod';
import type { AnyModule } from '../core/defineModule.js';
import { CoreConfig, type CommunityConfig } from './CommunityConfig.js';

/** What configuration needs of a module: its id (the section key) and its section's schema. */
export type ConfigModule = Pick<AnyModule, 'id' | 'config'> & {
  readonly description?: string;
  readonly requires?: AnyModule['requires'];
  readonly configDeprecations?: AnyModule['configDeprecations'];
};

/** A parsed community.yaml: the core fields plus each module's section, defaults filled in. */
export type ParsedConfig = CommunityConfig & { readonly [section: string]: unknown };

/** The schema of a whole community.yaml. */
export type ConfigSchema = z.ZodType<ParsedConfig>;

/**
 * Builds the full community.yaml schema: CoreConfig's fields plus one optional section per
 * module id (left out, it takes the module's defaults). Strict: unknown keys are errors.
 * @param modules - the modules whose sections the file may hold
 * @throws Error when two modules share an id, an id collides with a core key, or a module's
 *   schema does not accept a missing section (a programming error, not a user error)
 */
export function buildConfigSchema(modules: readonly ConfigModule[]): ConfigSchema {
  const sections: Record<string, z.ZodType> = {};
  for (const module of modules) {
    if (module.id in CoreConfig.shape || module.id in sections) {
      throw new Error(`module id "${module.id}" is used twice in community.yaml (core key or another module)`);
    }
    if (!module.config.safeParse(undefined).success) {
      throw new Error(`module "${module.id}": its config schema must accept a missing section (add .default({...}))`);
    }
    const { config, description } = module;
    sections[module.id] =
      config.description === undefined && description !== undefined ? config.describe(description) : config;
  }
  // The section keys are only known at run time, so zod infers a bare record; CoreConfig's
  // fields are in the shape by construction, which is what ConfigSchema states.
  return CoreConfig.extend(sections).strict() as unknown as ConfigSchema;
}
