export { GuildBatches, type WaitingEvent } from './GuildBatches.js';
export { BatchHandler, type BatchHandlerDeps } from './BatchHandler.js';
