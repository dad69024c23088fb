// The github module's public surface: the only file other parts of Guildhall import.
export { githubModule } from './githubModule.js';
export type { GithubConfig } from './GithubConfig.js';
