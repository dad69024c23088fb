// The tutorials module's public surface: the only file other parts of Guildhall import.
export { tutorialsModule } from './tutorialsModule.js';
export type { TutorialsConfig } from './TutorialsConfig.js';
