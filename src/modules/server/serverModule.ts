import { defineModule } from '../../core/defineModule.js';
import { ServerConfig } from './ServerConfig.js';
import { serverMigrations } from './serverMigrations.js';
import { serverPrivacy } from './serverPrivacy.js';

/**
 * The server blueprint: the `server:` section of community.yaml declares the Discord
 * server's roles, categories, channels and permission overwrites; `guildhall plan`,
 * `apply` and `export` reconcile it with the live server. Its tables remember the id of
 * every resource it created or matched (`server_resources`) and every change it made
 * (`server_changes`). It handles no events: the CLI drives it through its public surface
 * (`index.ts`).
 */
export const serverModule = defineModule({
  id: 'server',
  description: 'Server layout as code: roles, categories, channels, permission overwrites.',
  config: ServerConfig,
  migrations: serverMigrations,
  privacy: serverPrivacy,
});
