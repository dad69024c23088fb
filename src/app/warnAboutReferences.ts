import { readFileSync } from 'node:fs';
import { formatConfigError } from '../config/ConfigError.js';
import { liveReferenceWarnings } from '../config/checkReferencesLive.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/Logger.js';
import { moduleList } from '../modules/moduleList.js';
import type { Platform } from '../platform/Platform.js';

/**
 * Logs a warning for each channel or role community.yaml names that the live server lacks
 * (`community.yaml:42: moderation.modLogChannel: no channel "mod-log" on the server (did you
 * mean "moderation"?)`), so a module that would post nowhere is seen at start. Never stops
 * the start: a server that cannot be read is logged and skipped.
 * @param source - the file's text, or its path (as `startGuildhall` got them)
 * @param platform - the platform, to read the guild
 * @param guildId - the community's guild
 * @param log - where the warnings go
 */
export async function warnAboutReferences(
  source: { configText?: string; configPath?: string },
  platform: Pick<Platform, 'fetchGuild'>,
  guildId: string,
  log: Logger,
): Promise<void> {
  const fileName = source.configPath ?? 'community.yaml';
  try {
    const text = source.configText ?? readFileSync(fileName, 'utf8');
    const guild = await platform.fetchGuild(guildId);
    for (const warning of liveReferenceWarnings(text, fileName, moduleList, guild)) {
      log.warn({ path: warning.path, line: warning.line }, formatConfigError(warning));
    }
  } catch (error) {
    log.warn(
      { err: error },
      `could not check community.yaml's channels and roles against the server: ${errorMessage(error)}`,
    );
  }
}
