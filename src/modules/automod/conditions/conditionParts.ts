import type { ConditionPart } from '../parts/ConditionPart.js';
import { accountAgeCondition } from './accountAgeCondition.js';
import { hasRoleCondition } from './hasRoleCondition.js';
import { inChannelCondition } from './inChannelCondition.js';
import { lacksRoleCondition } from './lacksRoleCondition.js';
import { memberAgeCondition } from './memberAgeCondition.js';
import { notInChannelCondition } from './notInChannelCondition.js';

/** Every condition, in the order the docs list them. Ids are stable forever. */
export const conditionParts: readonly [ConditionPart, ...ConditionPart[]] = [
  hasRoleCondition,
  lacksRoleCondition,
  inChannelCondition,
  notInChannelCondition,
  accountAgeCondition,
  memberAgeCondition,
];
