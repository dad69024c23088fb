import type { Detection } from '../parts/TriggerPart.js';
import type { CompiledRule } from './CompiledRule.js';

/** A rule one of whose triggers fired. */
export interface Match {
  rule: CompiledRule;
  detection: Detection;
}
