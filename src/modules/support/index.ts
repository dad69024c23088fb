// The support module's public surface: the only file other parts of Guildhall import.
export { supportModule } from './supportModule.js';
export type { SupportConfig } from './SupportConfig.js';
// The similar-question ranking and its evaluation, for bench/similarQuestions.ts.
export {
  evaluateSimilar,
  parseDuplicatePairs,
  parseLabelledQuestions,
  type SimilarEvaluation,
} from './similar/similarEvaluation.js';
