import type { z } from 'zod';
import type { GuildSnapshot } from '../../../platform/Platform.js';
import type { PartInfo } from './Part.js';

/** The member (and place) a condition is checked against. */
export interface ConditionSubject {
  userId: string;
  /** Role ids. */
  roles: readonly string[];
  /** Epoch ms the member joined, null when unknown. */
  joinedAt: number | null;
  /** Epoch ms the account was made, null when unknown. */
  accountCreatedAt: number | null;
  /** Where it happened (null for a join). */
  channelId: string | null;
  /** Epoch ms of the message or join. */
  at: number;
  /** For names of roles and channels. */
  guild: GuildSnapshot;
}

/** A compiled condition. */
export type ConditionCheck = (subject: ConditionSubject) => boolean;

/** A condition part. */
export interface ConditionPart<S = Record<string, unknown>> extends PartInfo {
  compile(settings: S): ConditionCheck;
}

/**
 * Declares a condition, typing `compile`'s settings from the schema.
 * @param part - id, name, description, settings schema and compile
 */
export function defineCondition<S extends z.ZodObject>(
  part: Omit<ConditionPart<z.output<S>>, 'settings'> & { settings: S },
): ConditionPart<z.output<S>> {
  return part;
}
