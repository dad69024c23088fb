import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';

/** A list of role names (or ids) in a condition. */
export const RoleNames = z.array(roleRef(z.string().trim().min(1).max(100))).min(1);

/** A list of channel or category names (or ids) in a condition. */
export const ChannelNames = z.array(channelRef(z.string().trim().min(1).max(100))).min(1);
