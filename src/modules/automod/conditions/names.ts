import { z } from 'zod';

/** A list of role names (or ids) in a condition. */
export const RoleNames = z.array(z.string().trim().min(1).max(100)).min(1);

/** A list of channel or category names (or ids) in a condition. */
export const ChannelNames = z.array(z.string().trim().min(1).max(100)).min(1);
