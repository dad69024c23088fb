import type { ModuleRoute } from '../../../core/defineRoute.js';
import type { ModerationContext } from '../ModerationContext.js';
import { appealsRoute } from './appealsRoute.js';
import { automodRulesRoute } from './automodRulesRoute.js';
import { caseRoute } from './caseRoute.js';
import { decideAppealRoute } from './decideAppealRoute.js';
import { listCasesRoute } from './listCasesRoute.js';
import { endLockdownRoute, lockdownRoute } from './lockdownRoutes.js';
import { memberCasesRoute } from './memberCasesRoute.js';

/** The moderation page's API, under `/api/moderation`. */
export const moderationRoutes: readonly ModuleRoute<ModerationContext>[] = [
  listCasesRoute,
  caseRoute,
  appealsRoute,
  decideAppealRoute,
  lockdownRoute,
  endLockdownRoute,
  automodRulesRoute,
  memberCasesRoute,
];
