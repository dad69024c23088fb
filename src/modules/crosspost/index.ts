// The crosspost module's public surface: the only file other parts of Guildhall import.
export { crosspostModule } from './crosspostModule.js';
export type { CrosspostConfig } from './CrosspostConfig.js';
