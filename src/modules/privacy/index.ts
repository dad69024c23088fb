// The privacy module's public surface: the only file other parts of Guildhall import.
export { privacyModule } from './privacyModule.js';
export { PrivacyConfig } from './PrivacyConfig.js';
