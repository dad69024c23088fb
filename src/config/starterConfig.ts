import { moduleList } from '../modules/moduleList.js';
import type { ConfigModule } from './buildConfigSchema.js';
import { renderStarterConfig, type StarterOptions } from './renderStarterConfig.js';

/**
 * The starter community.yaml (template "starter") for Guildhall's modules: what
 * `guildhall init` writes and what the sandbox runs on when there is no file.
 * @param options - the community name to put in
 * @param modules - the modules whose sections to include (default: all of Guildhall's)
 */
export function starterConfig(options: StarterOptions = {}, modules: readonly ConfigModule[] = moduleList): string {
  return renderStarterConfig(modules, options);
}
