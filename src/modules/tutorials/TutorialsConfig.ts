import { z } from 'zod';
import { roleRef } from '../../config/checkReferencesRegistry.js';
import { LibraryConfig } from './library/libraryConfig.js';
import { QuizzesConfig } from './quizzes/quizzesConfig.js';

/** The `tutorials:` section of community.yaml. */
export const TutorialsConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    staffRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe(
        "Roles that review tutorials and run quizzes (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
      ),
    library: LibraryConfig,
    quizzes: QuizzesConfig,
  })
  .strict()
  .prefault({});

export type TutorialsConfig = z.infer<typeof TutorialsConfig>;
