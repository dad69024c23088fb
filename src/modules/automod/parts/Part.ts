import { z } from 'zod';

/**
 * What every automod part (trigger, condition, effect) says about itself. The id is stored
 * in community.yaml (`type: message_rate`) and never changes; the name, description and
 * settings schema are where the docs and the dashboard's form come from.
 */
export interface PartInfo {
  /** Stable forever, lower_snake_case: the `type` of the part in community.yaml. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Settings of the part (every field with a default and a description). */
  readonly settings: z.ZodObject;
}

/**
 * The schema of one part as written in community.yaml: `type: <id>` plus its settings.
 * @param part - the part
 */
export function partConfigSchema(part: PartInfo): z.ZodObject {
  return z
    .object({ type: z.literal(part.id).describe(`\`${part.id}\`: ${part.name}.`), ...part.settings.shape })
    .strict()
    .describe(`${part.name}: ${part.description}`);
}

/**
 * One schema for a list entry that may be any of `parts`, told apart by `type`.
 * @param parts - at least one part
 */
export function partUnionSchema(parts: readonly [PartInfo, ...PartInfo[]]): z.ZodType<PartConfig> {
  const [first, ...rest] = parts.map(partConfigSchema);
  if (first === undefined) throw new Error('a part list is never empty');
  return z.discriminatedUnion('type', [first, ...rest]).transform((value) => toPartConfig(value));
}

/** A part as configured: its `type` and its parsed settings. */
export interface PartConfig {
  type: string;
  settings: Record<string, unknown>;
}

function toPartConfig(value: Record<string, unknown>): PartConfig {
  const { type, ...settings } = value;
  return { type: String(type), settings };
}
