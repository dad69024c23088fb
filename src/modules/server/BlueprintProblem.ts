import type { ConfigPath } from './DesiredServer.js';

/** Something in the blueprint Discord would refuse, found before any change is made. */
export interface BlueprintProblem {
  /** Where to fix it in community.yaml (`['server']` for the section as a whole). */
  path: ConfigPath;
  message: string;
}
