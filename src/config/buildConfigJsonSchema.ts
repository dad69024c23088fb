import { z } from 'zod';
import { buildConfigSchema, type ConfigModule } from './buildConfigSchema.js';

/** A JSON Schema document (draft 2020-12), as zod produces it. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema of community.yaml for editor completion, generated from the same zod
 * schemas the loader uses. Input side: keys with defaults are optional.
 * @param modules - the modules whose sections the file may hold
 */
export function buildConfigJsonSchema(modules: readonly ConfigModule[]): JsonSchema {
  const generated = z.toJSONSchema(buildConfigSchema(modules), {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: 'Guildhall community.yaml',
    description:
      'The whole community declared in one file: core settings plus one section per module. Secrets (DISCORD_TOKEN, webhook secrets) come from the environment, never from this file.',
    ...rest,
  };
}
