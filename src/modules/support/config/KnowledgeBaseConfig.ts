import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';

/** The review criteria of seed 003, each rated 1–5 by a reviewer. */
export const REVIEW_CRITERIA = ['accuracy', 'clarity', 'completeness', 'usefulness'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

/** `support.knowledgeBase`: the FAQ forum and peer-reviewed community guides. */
export const KnowledgeBaseConfig = z
  .object({
    faqForums: z
      .array(channelRef(z.string().min(1)))
      .default([])
      .describe(
        'Forums whose posts are FAQ entries (written by staff): searched by `/faq search` and the similar-question suggestions.',
      ),
    guideForums: z
      .array(channelRef(z.string().min(1)))
      .default([])
      .describe(
        'Forums where members post guides; each post gets a review button and is verified after `reviewersRequired` peer reviews.',
      ),
    reviewersRequired: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(3)
      .describe(
        'Peer reviews (other members than the author) a guide needs before it can be verified (seed 003: at least 3).',
      ),
    minScore: z
      .number()
      .min(1)
      .max(5)
      .default(3.5)
      .describe(
        'Average of the reviews (each the mean of accuracy, clarity, completeness and usefulness, 1–5) a guide needs to be verified.',
      ),
    verifiedTag: z
      .string()
      .min(1)
      .max(20)
      .default('Verified')
      .describe("Name of the guide forum's tag applied once a guide is verified (it must exist on the forum)."),
  })
  .strict()
  .prefault({});

export type KnowledgeBaseConfig = z.infer<typeof KnowledgeBaseConfig>;
