// The recognition module's public surface: the only file other parts of Guildhall import.
export { recognitionModule } from './recognitionModule.js';
export { RecognitionConfig } from './RecognitionConfig.js';
export { recognitionDeprecations } from './config/deprecatedKeys.js';
export {
  creditMember,
  recognitionConfigOf,
  recognitionReadModel,
  type LeaderboardCategoryInfo,
  type RecognitionReadModel,
} from './recognitionReadModel.js';
export type { EffectiveRules } from './config/effectiveRules.js';
export type { Period } from './config/LeaderboardsConfig.js';
export type { Credit, CreditResult } from './credit/creditMember.js';
export type { Board } from './leaderboards/boardFor.js';
export type { PeriodWindow } from './leaderboards/periods.js';
export type { PointsStanding } from './queries/leaderboard.js';
export type { MemberRank } from './queries/memberRank.js';
export type { Standing } from './queries/periodLeaderboard.js';
export type { PeriodRank } from './queries/periodRank.js';
