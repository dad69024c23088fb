import type { EffectiveRules } from '../config/effectiveRules.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import type { RecognitionDb } from '../RecognitionTables.js';

/**
 * What applying an event to the derived tables may use: nothing live (no platform, no
 * clock), so that a recompute from the event log gives exactly the same state.
 */
export interface ApplyContext {
  /** The caller's transaction. */
  db: RecognitionDb;
  guildId: string;
  config: RecognitionConfig;
  rules: EffectiveRules;
  /** Ids of the channels named in `excludedChannels` (resolved by the caller, outside the transaction). */
  excludedChannelIds: ReadonlySet<string>;
}
