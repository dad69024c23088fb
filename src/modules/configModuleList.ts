import type { ConfigModule } from '../config/buildConfigSchema.js';
import { AnalyticsConfig } from './analytics/AnalyticsConfig.js';
import { AutomodConfig } from './automod/AutomodConfig.js';
import { ChallengesConfig } from './challenges/ChallengesConfig.js';
import { CrosspostConfig } from './crosspost/CrosspostConfig.js';
import { automodRequires } from './automod/automodRequires.js';
import { EventsConfig } from './events/EventsConfig.js';
import { FeedbackConfig } from './feedback/FeedbackConfig.js';
import { GithubConfig } from './github/GithubConfig.js';
import { LearningConfig } from './learning/LearningConfig.js';
import { ModerationConfig } from './moderation/ModerationConfig.js';
import { OnboardingConfig } from './onboarding/OnboardingConfig.js';
import { PrivacyConfig } from './privacy/PrivacyConfig.js';
import { recognitionDeprecations } from './recognition/config/deprecatedKeys.js';
import { RecognitionConfig } from './recognition/RecognitionConfig.js';
import { ServerConfig } from './server/ServerConfig.js';
import { SupportConfig } from './support/SupportConfig.js';
import { TutorialsConfig } from './tutorials/TutorialsConfig.js';

/**
 * Every module as configuration sees it (section id, schema, requirements, deprecated keys),
 * in {@link moduleList} order, without the modules' handlers: `guildhall validate` checks a
 * file with this and loads only zod schemas, which keeps the command fast. The same objects
 * the module definitions use (`configModuleList.test.ts` holds the two lists equal), so
 * validate accepts exactly what `start` accepts.
 */
export const configModuleList: readonly ConfigModule[] = [
  { id: 'server', config: ServerConfig },
  { id: 'onboarding', config: OnboardingConfig },
  { id: 'automod', config: AutomodConfig, requires: automodRequires },
  { id: 'moderation', config: ModerationConfig },
  { id: 'events', config: EventsConfig },
  { id: 'support', config: SupportConfig },
  { id: 'feedback', config: FeedbackConfig },
  { id: 'learning', config: LearningConfig },
  { id: 'github', config: GithubConfig },
  { id: 'crosspost', config: CrosspostConfig },
  { id: 'tutorials', config: TutorialsConfig },
  { id: 'challenges', config: ChallengesConfig },
  { id: 'recognition', config: RecognitionConfig, configDeprecations: recognitionDeprecations },
  { id: 'privacy', config: PrivacyConfig },
  { id: 'analytics', config: AnalyticsConfig },
];
