import { z } from 'zod';

/** Payload of the jobs about one case (`expireCase`, `renewTimeout`, `decayStrike`), as stored since the first version. */
export const CaseJobPayload = z.object({ guildId: z.string().min(1), caseId: z.number().int().positive() });

/** Payload of the jobs about one lockdown (`liftLockdown`, `renewInvitePause`). */
export const LockdownJobPayload = z.object({ guildId: z.string().min(1), lockdownId: z.number().int().positive() });

/** Payload of `flagAppeal`. */
export const AppealJobPayload = z.object({ guildId: z.string().min(1), appealId: z.number().int().positive() });
