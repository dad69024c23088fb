// The server module's public surface: the only file other parts of Guildhall (the CLI, the
// app, the dashboard) import. Plan, apply and export of the `server:` blueprint.
export { serverModule } from './serverModule.js';
export {
  ServerConfig,
  type CategoryConfig,
  type ChannelConfig,
  type OverwriteConfig,
  type RoleConfig,
} from './ServerConfig.js';
export type { BlueprintProblem } from './BlueprintProblem.js';
export { planServer } from './planServer.js';
export { planChanges, type PlanInput, type PlanResult } from './planChanges.js';
export { planHasChanges, summarisePlan, type Plan, type PlanSummary } from './Plan.js';
export { formatPlan, NO_CHANGES } from './formatPlan.js';
export { applyPlan, ApplyInterruptedError, type ApplyDeps, type ApplyResult } from './applyPlan.js';
export { exportBlueprint, type ExportedBlueprint } from './exportBlueprint.js';
export { blueprintYaml } from './blueprintYaml.js';
export { blueprintPermissions } from './blueprintPermissions.js';
export { loadResourceIds } from './resourceIds.js';
export type { StoredIds } from './matchResources.js';
