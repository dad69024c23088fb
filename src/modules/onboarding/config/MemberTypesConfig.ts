import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';

/** One member type a joining member can pick (seed 002's WELCOME_TEMPLATES). */
export const MemberTypeConfig = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lower-case letters, digits, - and _ (at most 32)')
      .describe('Stable id (kept in the database and in A/B results).'),
    label: z.string().min(1).max(80).describe('Button or menu label.'),
    emoji: z.string().min(1).max(64).nullable().default(null).describe('Emoji shown on the button (optional).'),
    title: z.string().min(1).max(256).describe('Heading of the personalised welcome.'),
    message: z.string().min(1).max(1500).describe('Welcome text for this type.'),
    channels: z
      .array(channelRef(z.string().min(1)))
      .max(10)
      .default([])
      .describe('Channels recommended to this type (names, mentioned in the welcome).'),
    roles: z
      .array(roleRef(z.string().min(1)))
      .max(10)
      .default([])
      .describe('Roles given when the member picks this type (names).'),
  })
  .strict();

export type MemberTypeConfig = z.infer<typeof MemberTypeConfig>;

/**
 * Seed 002's three member types, pointing at the starter server's channels (seed 002 names
 * #dev-general, #ui-ux, #learning … and roles Developer, Designer, Learner: add yours to
 * `server:` and list them here). No roles by default, so a fresh `guildhall init` validates
 * without warnings.
 */
export const DEFAULT_MEMBER_TYPES: z.input<typeof MemberTypeConfig>[] = [
  {
    id: 'developer',
    label: 'Developer',
    emoji: '💻',
    title: 'Welcome, fellow developer!',
    message: 'Join our developer channels to share code, get feedback, and collaborate on projects.',
    channels: ['general', 'showcase', 'help'],
    roles: [],
  },
  {
    id: 'designer',
    label: 'Designer',
    emoji: '🎨',
    title: 'Welcome, creative mind!',
    message: 'Share your designs, get inspiration, and connect with other designers.',
    channels: ['showcase', 'general'],
    roles: [],
  },
  {
    id: 'learner',
    label: 'Learner',
    emoji: '🎓',
    title: 'Welcome, future expert!',
    message: 'Access our learning resources and connect with mentors.',
    channels: ['help', 'introductions'],
    roles: [],
  },
];

/** The `onboarding.memberTypes` list: ids unique, at most 25 (a select menu's limit). */
export const MemberTypesConfig = z
  .array(MemberTypeConfig)
  .max(25)
  .superRefine((types, issues) => {
    const seen = new Set<string>();
    types.forEach((type, index) => {
      if (seen.has(type.id)) issues.addIssue({ code: 'custom', path: [index, 'id'], message: `"${type.id}" twice` });
      seen.add(type.id);
    });
  })
  .prefault(DEFAULT_MEMBER_TYPES)
  .describe(
    'Types a joining member picks from (buttons up to 5, a select menu beyond); the type decides the welcome text, recommended channels and roles. [] turns the choice off.',
  );
