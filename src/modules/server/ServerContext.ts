import type { ModuleContext } from '../../core/defineModule.js';
import type { ServerConfig } from './ServerConfig.js';

/** What the server module's hooks get. */
export type ServerContext = ModuleContext<ServerConfig, undefined, 'server'>;
