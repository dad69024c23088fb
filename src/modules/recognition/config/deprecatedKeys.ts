import type { z } from 'zod';
import type { ConfigDeprecation } from '../../../config/ConfigDeprecation.js';

const UNIT_MS = { s: 1000, m: 60_000, d: 86_400_000 } as const;

/** A numeric key replaced by a duration (`messageCooldownSeconds: 60` → `messageCooldown: "60s"`). */
export interface DeprecatedDurationKey {
  /** Where the key sits within the `recognition:` section (`[]`, `['thanks']` …). */
  section: readonly string[];
  /** The old key, a number of `unit`s. */
  old: string;
  /** The duration key that replaces it. */
  key: string;
  unit: keyof typeof UNIT_MS;
  /** The default, written as a duration. */
  example: string;
}

/** Every deprecated key of the `recognition:` section, with what replaces it. */
export const DEPRECATED_DURATION_KEYS = [
  { section: [], old: 'messageCooldownSeconds', key: 'messageCooldown', unit: 's', example: '60s' },
  { section: ['leaderboards'], old: 'seasonLengthDays', key: 'seasonLength', unit: 'd', example: '91d' },
  { section: ['thanks'], old: 'windowMinutes', key: 'window', unit: 'm', example: '60m' },
  { section: ['referrals'], old: 'fraudWindowDays', key: 'fraudWindow', unit: 'd', example: '7d' },
  { section: ['ambassadors'], old: 'trialDays', key: 'trialLength', unit: 'd', example: '30d' },
] as const satisfies readonly DeprecatedDurationKey[];

type Entry = (typeof DEPRECATED_DURATION_KEYS)[number];

/**
 * The deprecated key named `old`.
 * @param old - the old key
 */
export function deprecatedKey<K extends Entry['old']>(old: K): Extract<Entry, { old: K }> {
  const entry = DEPRECATED_DURATION_KEYS.find((e): e is Extract<Entry, { old: K }> => e.old === old);
  if (entry === undefined) throw new Error(`no deprecated key ${old}`);
  return entry;
}

/**
 * The schema of a deprecated key: its old validation (so old files read, and are refused,
 * exactly as before), optional, marked `deprecated` in the JSON Schema.
 * @param schema - the old key's number schema
 * @param entry - which key it is
 */
export function deprecatedNumber(schema: z.ZodNumber, entry: Entry): z.ZodOptional<z.ZodNumber> {
  return schema
    .optional()
    .meta({ deprecated: true })
    .describe(`Deprecated: use ${entry.key} (a duration, e.g. "${entry.example}") instead.`);
}

/**
 * The value of a deprecated key as a duration in milliseconds.
 * @param value - the old key's number
 * @param entry - which key it is
 */
export function fromDeprecated(value: number, entry: Entry): number {
  return value * UNIT_MS[entry.unit];
}

/**
 * A `z.preprocess` step refusing a mapping that sets both a deprecated key and the key that
 * replaces it (the deprecated one would otherwise silently win or lose).
 * @param entries - the deprecated keys of this mapping
 */
export function refuseBoth(entries: readonly Entry[]): (raw: unknown, ctx: z.RefinementCtx) => unknown {
  return (raw, ctx) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    for (const entry of entries) {
      if (entry.old in raw && entry.key in raw) {
        ctx.addIssue({
          code: 'custom',
          path: [entry.old],
          message: `deprecated and set together with ${entry.key}: keep only ${entry.key}`,
        });
      }
    }
    return raw;
  };
}

/**
 * The deprecated keys a `recognition:` section uses, each with its replacement written out
 * (`recognition.messageCooldownSeconds: deprecated, use messageCooldown: "60s"`). The file is
 * still valid: these are warnings.
 * @param rawSection - the `recognition:` section as read from YAML, before parsing
 */
export function recognitionDeprecations(rawSection: unknown): ConfigDeprecation[] {
  const found: ConfigDeprecation[] = [];
  for (const entry of DEPRECATED_DURATION_KEYS) {
    let node: unknown = rawSection;
    for (const key of entry.section) node = isMapping(node) ? node[key] : undefined;
    if (!isMapping(node) || !(entry.old in node)) continue;
    const value = node[entry.old];
    const replacement =
      typeof value === 'number' && Number.isInteger(value) && value >= 0 ? `"${value}${entry.unit}"` : 'a duration';
    const keys = ['recognition', ...entry.section, entry.old];
    found.push({ path: keys.join('.'), keys, message: `deprecated, use ${entry.key}: ${replacement}` });
  }
  return found;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
