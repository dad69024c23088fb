// The moderation module's public surface: the only file other parts of Guildhall import.
export { moderationModule } from './moderationModule.js';
export type { ModerationConfig } from './ModerationConfig.js';
export type { ModerationAction } from './moderationEvents.js';
