import { z } from 'zod';
import { buildConfigSchema, type ConfigModule } from './buildConfigSchema.js';

/** A JSON Schema document (draft-07), as zod produces it. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema of community.yaml for editor completion, generated from the same zod
 * schemas the loader uses. Input side: keys with defaults are optional. Draft-07, because
 * that is the draft the YAML language server (VS Code's YAML extension) fully supports.
 * @see https://github.com/redhat-developer/vscode-yaml/issues/726
 * @param modules - the modules whose sections the file may hold
 */
export function buildConfigJsonSchema(modules: readonly ConfigModule[]): JsonSchema {
  const generated = z.toJSONSchema(buildConfigSchema(modules), {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'http://json-schema.org/draft-07/schema#',
    title: 'Guildhall community.yaml',
    description:
      'The whole community declared in one file: core settings plus one section per module. Secrets (DISCORD_TOKEN, webhook secrets) come from the environment, never from this file.',
    ...rest,
  };
}
