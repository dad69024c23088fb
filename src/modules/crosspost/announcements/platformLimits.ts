/** The platforms an announcement is adapted for. `generic`: any receiver of a plain JSON webhook. */
export const CROSSPOST_PLATFORMS = ['discord', 'x', 'linkedin', 'youtube', 'generic'] as const;
export type CrosspostPlatform = (typeof CROSSPOST_PLATFORMS)[number];

/** How long a platform's text may be and how many hashtags it takes. */
export interface PlatformLimit {
  /** Characters (on X: twitter-text's weighted length, a link counting 23). */
  maxLength: number;
  /** Hashtags at most, counting those written in the text. */
  hashtagLimit: number;
}

/**
 * Seed 002's `CONTENT_ADAPTATIONS` (twitter 280/3, linkedin 1300/5, youtube 5000/15, discord
 * 2000/10); `generic` receivers get YouTube's room.
 */
export const DEFAULT_LIMITS: Readonly<Record<CrosspostPlatform, PlatformLimit>> = {
  discord: { maxLength: 2000, hashtagLimit: 10 },
  x: { maxLength: 280, hashtagLimit: 3 },
  linkedin: { maxLength: 1300, hashtagLimit: 5 },
  youtube: { maxLength: 5000, hashtagLimit: 15 },
  generic: { maxLength: 5000, hashtagLimit: 15 },
};

/** Display names. */
export const PLATFORM_LABELS: Readonly<Record<CrosspostPlatform, string>> = {
  discord: 'Discord',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  generic: 'Webhook',
};
