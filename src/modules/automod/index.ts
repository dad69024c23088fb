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
// For bench/spamTrain.ts and bench/spamEval.ts: the spam classifier and its features.
export { SpamModel, SpamModelFile, countSpamFeatures, type LabelledFeatures } from './spam/SpamModel.js';
export { spamFeaturesOf } from './spam/spamFeatures.js';
export { PromoDomains, shippedPromoDomains } from './spam/PromoDomains.js';
export { shippedSpamModelPath } from './spam/shippedSpamModel.js';
export { shippedSpamEnv } from './spam/spamEnv.js';
export type { LearnedExample } from './spam/CommunitySpam.js';
export { triggerParts } from './triggers/triggerParts.js';
export type { SpamEnv } from './parts/TriggerPart.js';
