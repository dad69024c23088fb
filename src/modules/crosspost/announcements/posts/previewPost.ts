import type { CrosspostContext } from '../../CrosspostContext.js';
import { adaptAnnouncement, type AdaptedText, type AnnouncementDraft } from '../adapt/adaptAnnouncement.js';
import type { CrosspostPlatform } from '../platformLimits.js';

const MAIN_PLATFORMS: readonly CrosspostPlatform[] = ['discord', 'x', 'linkedin', 'youtube'];

/**
 * The platforms a preview shows: Discord, X, LinkedIn and YouTube always (an author sees how
 * each would read), and `generic` when an enabled target uses it.
 * @param ctx - module context
 */
export function previewPlatforms(ctx: CrosspostContext): CrosspostPlatform[] {
  const generic = ctx.config.announcements.targets.some((t) => t.enabled && t.platform === 'generic');
  return generic ? [...MAIN_PLATFORMS, 'generic'] : [...MAIN_PLATFORMS];
}

/**
 * The announcement adapted for one platform with this community's limits and hashtags.
 * @param ctx - module context
 * @param draft - what the author wrote
 * @param platform - where it goes
 */
export function adaptFor(ctx: CrosspostContext, draft: AnnouncementDraft, platform: CrosspostPlatform): AdaptedText {
  const { limits, hashtags } = ctx.config.announcements;
  return adaptAnnouncement(draft, platform, limits[platform], hashtags);
}

/**
 * The announcement adapted for each previewed platform.
 * @param ctx - module context
 * @param draft - what the author wrote
 */
export function previewPost(ctx: CrosspostContext, draft: AnnouncementDraft): AdaptedText[] {
  return previewPlatforms(ctx).map((platform) => adaptFor(ctx, draft, platform));
}
