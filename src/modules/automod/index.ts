// The automod module's public surface: the only file other parts of Guildhall (and bench,
// scripts) import.
export { automodModule } from './automodModule.js';
export type { AutomodConfig } from './AutomodConfig.js';
export { automodState, type AutomodContext, type AutomodState } from './AutomodContext.js';
// For bench/automod.ts: the decision path and the pieces its trigger-quality run assembles.
export { judgeMessage } from './rules/judgeMessage.js';
export type { Verdict } from './rules/actOnMatches.js';
export { compileRules } from './rules/compileRules.js';
export { GuildMemory } from './memory/GuildMemory.js';
export { MessageText } from './text/MessageText.js';
export { PhishingList } from './phishing/PhishingList.js';
export { shippedPhishingDomains } from './phishing/shippedPhishingDomains.js';
export { findLookalike } from './phishing/lookalikeDomain.js';
export type { MessageFacts, TriggerEnv, TriggerPart } from './parts/TriggerPart.js';
// For scripts/automod-docs.ts: the parts catalogue of docs/automod.md.
export { CATALOGUE_BEGIN, CATALOGUE_END, renderPartsCatalogue } from './docs/renderPartsCatalogue.js';
