import type { ModulePart } from '../../core/moduleParts.js';
import type { GithubContext } from './GithubContext.js';

/** One part of the github module; `githubModule` joins the parts (`joinParts`). */
export type GithubPart = ModulePart<GithubContext>;
