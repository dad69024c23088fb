import type { AutomodCategory, Severity } from '../automodEvents.js';
import type { ConditionCheck } from '../parts/ConditionPart.js';
import type { EffectRun } from '../parts/EffectPart.js';
import type { JoinDetector, MessageDetector } from '../parts/TriggerPart.js';

/** A rule ready to run: its parts compiled once per configuration. */
export interface CompiledRule {
  id: string;
  name: string;
  category: AutomodCategory;
  severity: Severity;
  cooldownMs: number;
  messageTriggers: MessageDetector[];
  joinTriggers: JoinDetector[];
  conditions: ConditionCheck[];
  effects: EffectRun[];
  /** True when a trigger judges content as spam (`self_promotion`, `spam_classifier`): what it catches is kept for learning. */
  learnsSpam: boolean;
}
