export { DiscordPlatform, type DiscordPlatformOptions } from './DiscordPlatform.js';
export { GUILDHALL_INTENTS, GUILDHALL_INTENT_BITS, GUILDHALL_PARTIALS } from './guildhallIntents.js';
export { botInviteUrl, GUILDHALL_PERMISSIONS, GUILDHALL_SCOPES } from './botInviteUrl.js';
export { GATEWAY_NORMALISERS, GatewayRelay, type GatewayRelayOptions } from './GatewayRelay.js';
export { BAN_DELETE_CAP_SECONDS, TIMEOUT_CAP_MS } from './memberActions.js';
export { readDiscordEnv, type DiscordEnv } from './readDiscordEnv.js';
