import { z } from 'zod';

/** The `recognition:` section of community.yaml. */
export const RecognitionConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    points: z
      .object({
        message: z.number().int().min(0).max(1000).default(1).describe('Points for a message (seed 002: 1).'),
      })
      .strict()
      .default({ message: 1 })
      .describe('Points per action.'),
    messageCooldownSeconds: z
      .number()
      .int()
      .min(0)
      .max(86_400)
      .default(60)
      .describe('A member earns message points at most once per this many seconds (anti-farming).'),
    minMessageLength: z
      .number()
      .int()
      .min(0)
      .max(2000)
      .default(1)
      .describe('Messages shorter than this (trimmed) earn nothing.'),
    excludedChannels: z.array(z.string().min(1)).default([]).describe('Channel names where messages earn no points.'),
  })
  .strict()
  .default({
    enabled: true,
    points: { message: 1 },
    messageCooldownSeconds: 60,
    minMessageLength: 1,
    excludedChannels: [],
  });

export type RecognitionConfig = z.infer<typeof RecognitionConfig>;
