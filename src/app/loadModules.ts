import { readFileSync } from 'node:fs';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import { formatConfigError } from '../config/ConfigError.js';
import { parseConfig } from '../config/parseConfig.js';
import { UserError } from '../core/errors.js';
import type { LoadedModule } from '../core/Engine.js';
import { moduleList } from '../modules/moduleList.js';

/**
 * Reads and validates community.yaml and pairs each module with its parsed section.
 * @param source - the file's text, or its path
 * @throws UserError listing every problem as `FILE:LINE: path: problem`
 */
export function loadModules(source: { configText?: string; configPath?: string }): {
  community: CommunityConfig;
  modules: LoadedModule[];
} {
  const fileName = source.configPath ?? 'community.yaml';
  let text = source.configText;
  if (text === undefined) {
    try {
      text = readFileSync(fileName, 'utf8');
    } catch {
      throw new UserError(`${fileName}: cannot read the file (run "guildhall init" to create one)`);
    }
  }
  const result = parseConfig(text, fileName, moduleList);
  if (!result.ok) throw new UserError(result.errors.map(formatConfigError).join('\n'));
  const config = result.config;
  return {
    community: {
      version: config.version,
      community: config.community,
      catchUp: config.catchUp,
      dashboard: config.dashboard,
    },
    modules: moduleList.map((definition) => ({ definition, config: config[definition.id] })),
  };
}
