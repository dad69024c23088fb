import { TIMEOUT_CAP_MS } from '../../../platform/discordLimits.js';
import type { Sanction } from './Sanction.js';
import type { SanctionConfig } from './SanctionConfig.js';

/**
 * The sanction a ladder step or immediate action describes.
 * @param config - the parsed setting
 */
export function sanctionFromConfig(config: SanctionConfig): Sanction {
  switch (config.action) {
    case 'warn':
      return { action: 'warn' };
    case 'kick':
      return { action: 'kick' };
    case 'timeout':
      // The schema requires a duration for a timeout; "permanent" means the longest Discord allows.
      return { action: 'timeout', durationMs: config.duration ?? TIMEOUT_CAP_MS };
    case 'ban':
      return {
        action: 'ban',
        durationMs: config.duration ?? null,
        deleteMessageSeconds: Math.floor(config.deleteMessages / 1000),
      };
  }
}
